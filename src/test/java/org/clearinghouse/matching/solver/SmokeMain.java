package org.clearinghouse.matching.solver;

import java.time.Duration;
import java.util.List;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.testdata.RandomProblems;

/** Manual run: java ... SmokeMain requests offers seconds areaCount typeCount. */
public final class SmokeMain {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int m = Integer.parseInt(args[1]);
        ProblemDocument p = RandomProblems.generate(
                n,
                m,
                args.length > 5 ? Long.parseLong(args[5]) : 42,
                Integer.parseInt(args[3]),
                Integer.parseInt(args[4]));
        long b0 = System.nanoTime();
        long bound = FlowConstruction.relaxationBound(
                org.clearinghouse.matching.exchange.ModelMapper.toModel(p, List.of())
                        .solution(),
                60_000);
        long greedy = GreedyBaseline.medium(org.clearinghouse.matching.exchange.ModelMapper.toModel(p, List.of())
                .solution());
        System.err.printf("greedy %d = %.4f of bound%n", greedy, (double) greedy / bound);
        System.err.println("relaxation bound " + bound + " in " + (System.nanoTime() - b0) / 1_000_000 + " ms");
        long t0 = System.nanoTime();
        MatchingResult r = new MatchingEngine()
                .solve(
                        p,
                        List.of(),
                        new EngineSettings(Duration.ofSeconds(Long.parseLong(args[2])), null, 0L, true),
                        pr -> System.err.println(pr.elapsed().toMillis() + " ms " + pr.bestScore()));
        System.err.println("score " + r.score() + " run " + r.run() + " stats "
                + r.statistics().proposals() + " pairs "
                + r.statistics().eligiblePairs() + " total " + r.statistics().total() + " inversions "
                + r.statistics().priorityInversions() + " wall " + (System.nanoTime() - t0) / 1_000_000);
        System.err.printf("medium/bound = %.4f%n", (double) r.medium() / bound);
        System.err.println("unfunded " + r.unfunded().size()
                + (r.unfunded().isEmpty() ? "" : " e.g. " + r.unfunded().get(0).text()));
        System.err.println(
                r.explanations().isEmpty() ? "" : r.explanations().get(0).text());
    }
}
