package org.clearinghouse.matching.solver;

import java.util.List;
import java.util.Map;

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

    private SolverConfigs() {
    }

    /** The score-only configuration (for score calculation, explanation and constraint tests). */
    public static SolverConfig scoring() {
        return new SolverConfig(SolverConfigs.class.getClassLoader())
                .withSolutionClass(MatchingSolution.class)
                .withEntityClasses(Funding.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(MatchingConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET));
    }

    /** The solver's own limit: the time limit less 5% (at most 3 s) kept for explanations and writing the result. */
    static java.time.Duration solverSpentLimit(EngineSettings settings) {
        long reserve = Math.min(3_000, settings.timeLimit().toMillis() / 20);
        return settings.timeLimit().minusMillis(reserve);
    }

    /** The solving configuration; {@code bestScoreLimit} may be null (no provable optimum known). */
    public static SolverConfig solving(EngineSettings settings, String bestScoreLimit) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(solverSpentLimit(settings));
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
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                        .withMoveIteratorFactoryClass(MatchingMoveFactory.class))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                                .withTerminationConfig(new TerminationConfig()
                                        .withUnimprovedSpentLimit(settings.effectiveUnimprovedLimit())));
    }
}
