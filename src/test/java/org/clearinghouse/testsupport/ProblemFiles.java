package org.clearinghouse.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.clearinghouse.matching.exchange.JsonFiles;
import org.clearinghouse.matching.exchange.ProblemDocument;

/** Problems in the exchange format as the command line writes them, for the import endpoint's tests. */
public final class ProblemFiles {

    private ProblemFiles() {}

    public static String json(ProblemDocument problem) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            JsonFiles.write(problem, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
