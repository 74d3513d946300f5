package org.clearinghouse.cohort.solver;

import java.time.Duration;
import java.util.List;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.Nomination;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** The solver configuration, built in Java: Bavet streams, the start from the relaxation, then late-acceptance local search. */
public final class CohortSolverConfigs {

    static final int LATE_ACCEPTANCE_SIZE = 200;

    /** Time kept after solving for the explanations, the waiting lists and the result. */
    static final long WRAP_UP_MILLIS = 300;

    private CohortSolverConfigs() {}

    /** The score-only configuration (score calculation, explanation, constraint tests). */
    public static SolverConfig scoring() {
        return new SolverConfig(CohortSolverConfigs.class.getClassLoader())
                .withSolutionClass(CohortSolution.class)
                .withEntityClasses(Nomination.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(CohortConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET));
    }

    /** The solving configuration; {@code bestScoreLimit} (a proven bound) may be null. */
    public static SolverConfig solving(CohortSettings settings, String bestScoreLimit) {
        long limit = settings.timeLimit().toMillis();
        Duration spent = Duration.ofMillis(Math.max(limit / 2, limit - Math.min(WRAP_UP_MILLIS, limit / 10)));
        TerminationConfig termination = new TerminationConfig().withSpentLimit(spent);
        if (bestScoreLimit != null) {
            termination.setBestScoreLimit(bestScoreLimit);
        }
        return scoring()
                .withRandomSeed(settings.randomSeed())
                .withTerminationConfig(termination)
                .withPhases(
                        new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(RelaxationStart.class)),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                        .withMoveIteratorFactoryClass(CohortMoveFactory.class))
                                .withAcceptorConfig(
                                        new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                                .withTerminationConfig(new TerminationConfig()
                                        .withUnimprovedSpentLimit(settings.effectiveUnimprovedLimit())));
    }
}
