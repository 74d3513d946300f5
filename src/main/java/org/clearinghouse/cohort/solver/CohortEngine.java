package org.clearinghouse.cohort.solver;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.Nomination;
import org.clearinghouse.cohort.exchange.CohortModelMapper;
import org.clearinghouse.cohort.exchange.CohortProblemDocument;
import org.clearinghouse.cohort.exchange.SelectedDocument;
import org.clearinghouse.cohort.explain.CohortExplainer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * The one entry point of the cohort engine (command line, benchmark, later the server). Solves a validated problem
 * (see {@code CohortProblemValidator}); pinned nominations stay as the secretariat decided. One instance per run.
 *
 * <pre>{@code
 * CohortResult result = new CohortEngine().solve(problem, CohortSettings.of(Duration.ofSeconds(10)), score -> {});
 * result.selected();            // the proposed cohorts, pins included
 * result.toAnswerDocument();    // for JsonFiles.writeAtomically (matching.exchange)
 * }</pre>
 */
public final class CohortEngine {

    /** Solves; the listener hears each new best score on the solver thread (keep it short). */
    public CohortResult solve(
            CohortProblemDocument problem, CohortSettings settings, Consumer<HardMediumSoftLongScore> listener) {
        long started = System.nanoTime();
        CohortSolution input = CohortModelMapper.toModel(problem);
        CohortBound.Bound bound = CohortBound.of(input);
        CohortSolution best;
        String stopReason;
        long speed = 0;
        AtomicLong firstFeasible = new AtomicLong(-1);
        if (input.getNominations().stream().allMatch(Nomination::isPinned)) {
            SolutionManager<CohortSolution, HardMediumSoftLongScore> manager =
                    SolutionManager.create(SolverFactory.create(CohortSolverConfigs.scoring()));
            manager.update(input);
            best = input;
            stopReason = "nothing to move";
        } else {
            Solver<CohortSolution> solver = SolverFactory.<CohortSolution>create(
                            CohortSolverConfigs.solving(settings, bound.asScoreLimit()))
                    .buildSolver();
            solver.addEventListener(event -> {
                HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
                if (score.isFeasible()) {
                    firstFeasible.compareAndSet(-1, (System.nanoTime() - started) / 1_000_000);
                }
                if (listener != null) {
                    listener.accept(score);
                }
            });
            best = solver.solve(input);
            HardMediumSoftLongScore score = best.getScore();
            stopReason =
                    score.hardScore() == 0 && score.mediumScore() == bound.medium() && score.softScore() == bound.soft()
                            ? "reached the bound (optimal)"
                            : "time or no improvement";
            speed = ((DefaultSolver<CohortSolution>) solver).getSolverScope().getScoreCalculationSpeed();
        }
        HardMediumSoftLongScore score = best.getScore();
        if (score.isFeasible()) {
            firstFeasible.compareAndSet(-1, (System.nanoTime() - started) / 1_000_000);
        }
        CohortExplainer.Explanation explanation = CohortExplainer.explain(best);
        List<SelectedDocument> selected = best.getNominations().stream()
                .filter(Nomination::isSelected)
                .map(n -> new SelectedDocument(
                        n.getId(),
                        n.getCall().id(),
                        n.getCandidateId(),
                        n.getState(),
                        n.getGender().name(),
                        n.isPinned()))
                .toList();
        return new CohortResult(
                selected,
                explanation.waitlist(),
                score.hardScore(),
                score.mediumScore(),
                score.softScore(),
                explanation.statistics(),
                explanation.candidates(),
                bound,
                new CohortResult.Run(
                        (System.nanoTime() - started) / 1_000_000, firstFeasible.get(), stopReason, speed));
    }
}
