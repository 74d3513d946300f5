package org.clearinghouse.cohort.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.exchange.CohortModelMapper;
import org.clearinghouse.cohort.testdata.CohortPlans;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * The greedy start and every custom move under OptaPlanner's FULL_ASSERT: each step's incremental score is checked
 * against a score calculated from scratch, and each move's undo against the state before it.
 */
class CohortFullAssertTest {

    @Test
    void movesAndUndoMovesKeepTheIncrementalScoreRight() {
        CohortSolution model = CohortModelMapper.toModel(CohortPlans.yearly(7, 3, 6, 60));
        CohortSolution best = SolverFactory.<CohortSolution>create(CohortSolverConfigs.solving(
                                new CohortSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 7L), null)
                        .withEnvironmentMode(EnvironmentMode.FULL_ASSERT))
                .buildSolver()
                .solve(model);
        assertThat(best.getScore().isFeasible()).isTrue();
    }
}
