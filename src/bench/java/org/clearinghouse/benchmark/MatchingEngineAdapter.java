package org.clearinghouse.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.solver.EngineSettings;
import org.clearinghouse.matching.solver.MatchingEngine;
import org.clearinghouse.matching.solver.MatchingResult;

/**
 * The real matching engine under the benchmark, exactly as the command line and the server call it (explanations
 * off: they are not part of the measure). Run with {@code -Dbench.solver=org.clearinghouse.benchmark.MatchingEngineAdapter}.
 */
public final class MatchingEngineAdapter implements SolverUnderTest {

    @Override
    public String name() {
        return "engine";
    }

    @Override
    public List<MatchDocument> solve(ProblemDocument problem, Duration limit, Consumer<Progress> onProgress) {
        MatchingEngine engine = new MatchingEngine();
        MatchingResult result = engine.solve(
                problem,
                List.of(),
                new EngineSettings(limit, null, 0L, false),
                p -> onProgress.accept(new Progress(p.feasible(), p.hard(), p.medium(), p.soft(), null)));
        onProgress.accept(new Progress(
                result.feasible(),
                result.hard(),
                result.medium(),
                result.soft(),
                result.run().scoreCalculationSpeed()));
        return result.matches();
    }
}
