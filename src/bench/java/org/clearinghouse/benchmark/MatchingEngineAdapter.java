package org.clearinghouse.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;

/**
 * WHERE THE REAL ENGINE PLUGS IN. Run with {@code -Dbench.solver=org.clearinghouse.benchmark.MatchingEngineAdapter}
 * once the solver branch has landed and the body below calls it. Expected of the engine, roughly (the solver's
 * actual API decides):
 * <pre>
 *   // build the solver from the ProblemDocument (the engine's own import/validation of the exchange format)
 *   // termination: spent limit = {@code limit} (and nothing else, so the benchmark compares like for like)
 *   // solver.addEventListener(e -> onProgress.accept(new Progress(
 *   //         e.getNewBestScore().isFeasible(), hard, medium, soft,
 *   //         scoreCalculationSpeed))); // from the solver's statistics, or null if it has none
 *   // solution = solver.solve(problem);
 *   // return the new proposals as MatchDocument(requestId, offerId, amountUsd), commitments not repeated
 * </pre>
 * Kept free of any engine class so the benchmark compiles before the solver exists; until then this throws and the
 * runner reports the error instead of figures.
 */
public final class MatchingEngineAdapter implements SolverUnderTest {

    @Override
    public String name() {
        return "engine";
    }

    @Override
    public List<MatchDocument> solve(ProblemDocument problem, Duration limit, Consumer<Progress> onProgress) {
        throw new UnsupportedOperationException(
                "MatchingEngineAdapter is not wired to the engine yet: call org.clearinghouse.matching's solver here");
    }
}
