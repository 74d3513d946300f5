package org.clearinghouse.cohort.solver;

import java.util.ArrayList;
import java.util.List;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.Nomination;
import org.clearinghouse.cohort.exchange.CohortModelMapper;
import org.clearinghouse.cohort.exchange.CohortProblemDocument;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Checks a cohort the secretariat fixes by hand against the hard rules (F1-F6) without solving: exactly the pinned-in
 * nominations of the problem are selected, every other one is left out. Leaving people out never breaks a hard rule,
 * so the rules this finds broken are the ones the pinned-in nominations break by themselves: a swap, a pin or a refill
 * from the waiting list that breaks one is refused.
 */
public final class CohortRuleCheck {

    private static final List<String> HARD_RULES = List.of(
            CohortConstraintProvider.SEATS,
            CohortConstraintProvider.STATE_CAP,
            CohortConstraintProvider.REGION,
            CohortConstraintProvider.LANGUAGE,
            CohortConstraintProvider.TOPIC,
            CohortConstraintProvider.ONE_COHORT);

    private CohortRuleCheck() {}

    /** The names of the hard rules broken (see {@link CohortConstraintProvider}), in the provider's order; empty if none. */
    public static List<String> brokenHardRules(CohortProblemDocument problem) {
        CohortSolution solution = CohortModelMapper.toModel(problem);
        for (Nomination n : solution.getNominations()) {
            if (!n.isPinned()) {
                n.setSelected(Boolean.FALSE);
            }
        }
        SolutionManager<CohortSolution, HardMediumSoftLongScore> manager =
                SolutionManager.create(SolverFactory.create(CohortSolverConfigs.scoring()));
        ScoreExplanation<CohortSolution, HardMediumSoftLongScore> explanation = manager.explain(solution);
        List<String> broken = new ArrayList<>();
        for (String rule : HARD_RULES) {
            explanation.getConstraintMatchTotalMap().values().stream()
                    .filter(total -> total.getConstraintName().equals(rule))
                    .filter(total -> total.getScore().hardScore() < 0)
                    .findFirst()
                    .ifPresent(total -> broken.add(rule));
        }
        return broken;
    }
}
