package org.clearinghouse.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;

/**
 * What the benchmark measures. The runner loads the implementation by class name from {@code -Dbench.solver=...}
 * (public class, public no-arg constructor) in a forked JVM (-Xmx from bench.xmx) per problem, so no class of the
 * engine is needed at compile time. Default: {@link GreedySolverUnderTest}; the real engine: {@link
 * MatchingEngineAdapter}.
 */
public interface SolverUnderTest {

    /** A short name for the report. */
    default String name() {
        return getClass().getSimpleName();
    }

    /**
     * Solves the problem within {@code limit} (wall clock, the solver's own termination) and returns the new
     * proposals only (commitments are not repeated). Call {@code onProgress} on every new best solution (at least
     * once, at the end, is fine); the runner takes the first call with {@code feasible == true} as the time to first
     * feasible proposal and the last {@code scoreCalculationSpeed} as the speed.
     */
    List<MatchDocument> solve(ProblemDocument problem, Duration limit, Consumer<Progress> onProgress);

    /**
     * One new best solution.
     *
     * @param hard    hard score (0 = no hard rule broken, negative otherwise)
     * @param medium  the priority-weighted funded amount, as the solver scores it
     * @param soft    the soft score (minus the number of proposals)
     * @param scoreCalculationSpeed score calculations per second, or null if the solver does not say
     */
    record Progress(boolean feasible, long hard, long medium, long soft, Long scoreCalculationSpeed) {}
}
