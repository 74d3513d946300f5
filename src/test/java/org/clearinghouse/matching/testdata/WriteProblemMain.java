package org.clearinghouse.matching.testdata;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;

/** Manual: writes a random problem file. Arguments: requests offers seed areaCount typeCount file. */
public final class WriteProblemMain {
    public static void main(String[] a) throws Exception {
        new ObjectMapper()
                .writeValue(
                        new File(a[5]),
                        RandomProblems.generate(
                                Integer.parseInt(a[0]),
                                Integer.parseInt(a[1]),
                                Long.parseLong(a[2]),
                                Integer.parseInt(a[3]),
                                Integer.parseInt(a[4])));
    }
}
