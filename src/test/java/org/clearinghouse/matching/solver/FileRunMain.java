package org.clearinghouse.matching.solver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.ProblemReader;

/** Manual: java ... FileRunMain problem.json seconds [randomSeed]: solves an exchange-format file, prints progress. */
public final class FileRunMain {
    public static void main(String[] a) throws Exception {
        ProblemDocument p = ProblemReader.read(Path.of(a[0]));
        long seed = a.length > 2 ? Long.parseLong(a[2]) : 0L;
        long t0 = System.nanoTime();
        MatchingResult r = new MatchingEngine()
                .solve(
                        p,
                        List.of(),
                        new EngineSettings(Duration.ofSeconds(Long.parseLong(a[1])), null, seed, false),
                        pr -> System.err.println(pr.elapsed().toMillis() + " ms " + pr.bestScore()));
        System.err.println("score " + r.score() + " run " + r.run() + " wall " + (System.nanoTime() - t0) / 1_000_000);
    }
}
