package org.clearinghouse.matching.solver;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.clearinghouse.matching.domain.Funding;
import org.clearinghouse.matching.domain.MatchingSolution;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** The solver configuration, built in Java: Bavet streams, flow construction, then late-acceptance local search. */
public final class SolverConfigs {

    static final int LATE_ACCEPTANCE_SIZE = 400;
    static final int SEARCH_PERCENT = 60;

    private SolverConfigs() {}

    /** The score-only configuration (for score calculation, explanation and constraint tests). */
    public static SolverConfig scoring() {
        return new SolverConfig(SolverConfigs.class.getClassLoader())
                .withSolutionClass(MatchingSolution.class)
                .withEntityClasses(Funding.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(MatchingConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET));
    }

    /** Time the statistics, explanations and result take after solving, per eligible pair (measured at XL: 2.3 us). */
    static final long WRAP_UP_NANOS_PER_PAIR = 3_000;

    /**
     * The solver's own limit: the time limit less what is kept for the statistics, explanations and result: 5% (at
     * most 3 s), or on large problems about {@link #WRAP_UP_NANOS_PER_PAIR} per eligible pair (4.5 s on 1.9 million
     * pairs), at most a tenth of the limit.
     */
    static java.time.Duration solverSpentLimit(EngineSettings settings, long eligiblePairs) {
        long limit = settings.timeLimit().toMillis();
        long wrapUp = Math.min(limit / 10, eligiblePairs * WRAP_UP_NANOS_PER_PAIR / 1_000_000);
        return settings.timeLimit().minusMillis(Math.max(Math.min(3_000, limit / 20), wrapUp));
    }

    /** Time for the ruin-and-recreate phase, from its start: a share of the solver's limit (local search gets the rest). */
    static long searchMillis(EngineSettings settings, long eligiblePairs) {
        return solverSpentLimit(settings, eligiblePairs).toMillis() * SEARCH_PERCENT / 100;
    }

    /** The solving configuration for a small problem; {@code bestScoreLimit} may be null (no provable optimum known). */
    public static SolverConfig solving(EngineSettings settings, String bestScoreLimit) {
        return solving(settings, 0, bestScoreLimit, () -> false);
    }

    /**
     * The same for a problem of so many eligible pairs, with a signal that stops the ruin-and-recreate phase early
     * (the engine's terminateEarly).
     */
    public static SolverConfig solving(
            EngineSettings settings, long eligiblePairs, String bestScoreLimit, BooleanSupplier stopRequested) {
        TerminationConfig termination =
                new TerminationConfig().withSpentLimit(solverSpentLimit(settings, eligiblePairs));
        if (bestScoreLimit != null) {
            termination.setBestScoreLimit(bestScoreLimit);
        }
        long constructionBudget = Math.max(200, settings.timeLimit().toMillis() / 2);
        return scoring()
                .withRandomSeed(settings.randomSeed())
                .withTerminationConfig(termination)
                .withPhases(
                        new CustomPhaseConfig()
                                .withCustomPhaseCommandClassList(List.of(FlowConstruction.class))
                                .withCustomProperties(Map.of("timeBudgetMillis", String.valueOf(constructionBudget))),
                        new CustomPhaseConfig()
                                .withCustomPhaseCommandList(List.of(new FlowImprovement(
                                        searchMillis(settings, eligiblePairs), settings.randomSeed(), stopRequested))),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                        .withMoveIteratorFactoryClass(MatchingMoveFactory.class))
                                .withAcceptorConfig(
                                        new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                                .withTerminationConfig(new TerminationConfig()
                                        .withUnimprovedSpentLimit(settings.effectiveUnimprovedLimit())));
    }
}
