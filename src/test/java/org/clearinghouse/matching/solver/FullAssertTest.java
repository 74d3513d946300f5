package org.clearinghouse.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.clearinghouse.matching.domain.Funding;
import org.clearinghouse.matching.domain.MatchingSolution;
import org.clearinghouse.matching.domain.Request;
import org.clearinghouse.matching.exchange.CommitmentDocument;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ModelMapper;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.testdata.RandomProblems;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * Runs construction and local search under FULL_ASSERT: every move's score is checked against a from-scratch
 * calculation and every undo move against the score before, so a custom move that corrupts the score or the ledger
 * fails here. The result must be feasible and keep the pinned pieces.
 */
class FullAssertTest {

    @Test
    void movesAndUndoMovesKeepTheScoreExact() {
        ProblemDocument generated = RandomProblems.generate(40, 8, 3, 3, 2);
        List<Request> requests = ModelMapper.toModel(generated, List.of()).solution().getRequests().stream()
                .filter(r -> r.isDivisible() && !r.getEligibleOffers().isEmpty())
                .toList();
        Request committed = requests.get(0);
        Request pinned = requests.get(1);
        ProblemDocument problem = new ProblemDocument(
                1,
                generated.requests(),
                generated.offers(),
                List.of(new CommitmentDocument(
                        committed.getId(), committed.getEligibleOffers().get(0).getId(), 5_000L)),
                List.of());
        assertThat(org.clearinghouse.matching.exchange.ProblemValidator.validate(problem, "t"))
                .isEmpty();
        MatchDocument pin = new MatchDocument(
                pinned.getId(), pinned.getEligibleOffers().get(0).getId(), 1_000L);
        MatchingSolution solution = ModelMapper.toModel(problem, List.of(pin)).solution();
        EngineSettings settings = new EngineSettings(Duration.ofMillis(1500), Duration.ofMillis(1500), 1L, false);

        MatchingSolution best = SolverFactory.<MatchingSolution>create(
                        SolverConfigs.solving(settings, null).withEnvironmentMode(EnvironmentMode.FULL_ASSERT))
                .buildSolver()
                .solve(solution);

        assertThat(best.getScore().isFeasible())
                .as(best.getScore() + " "
                        + org.optaplanner.core.api.solver.SolutionManager.create(
                                        SolverFactory.<MatchingSolution>create(SolverConfigs.scoring()))
                                .explain(best)
                                .getSummary())
                .isTrue();
        assertThat(best.getFundings())
                .filteredOn(Funding::isPinned)
                .singleElement()
                .satisfies(f -> assertThat(f.getAmountUsd()).isEqualTo(1_000L));
    }
}
