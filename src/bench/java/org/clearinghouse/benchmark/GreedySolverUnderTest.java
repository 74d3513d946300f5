package org.clearinghouse.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;

/** The greedy baseline as a solver under test: the default until the engine is plugged in; makes the pipeline run. */
public final class GreedySolverUnderTest implements SolverUnderTest {

    @Override
    public String name() {
        return "greedy";
    }

    @Override
    public List<MatchDocument> solve(ProblemDocument problem, Duration limit, Consumer<Progress> onProgress) {
        Instance in = new Instance(problem);
        List<MatchDocument> matches = GreedyBaseline.solve(in);
        onProgress.accept(new Progress(true, 0, GreedyBaseline.medium(in, matches), -matches.size(), null));
        return matches;
    }
}
