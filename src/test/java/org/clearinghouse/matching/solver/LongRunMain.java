package org.clearinghouse.matching.solver;

import java.time.Duration;
import java.util.List;
import org.clearinghouse.matching.testdata.RandomProblems;

/** Manual: the same problem solved with several seeds and a long unimproved limit. */
public final class LongRunMain {
    public static void main(String[] a) {
        var p = RandomProblems.generate(Integer.parseInt(a[0]), Integer.parseInt(a[1]), Long.parseLong(a[2]), 5, 3);
        for (long seed = 0; seed < Integer.parseInt(a[4]); seed++) {
            MatchingResult r = new MatchingEngine()
                    .solve(
                            p,
                            List.of(),
                            new EngineSettings(
                                    Duration.ofSeconds(Long.parseLong(a[3])),
                                    Duration.ofSeconds(Long.parseLong(a[3])),
                                    seed,
                                    false),
                            null);
            System.err.println("seed " + seed + " " + r.score());
        }
    }
}
