package org.clearinghouse.cohort.solver;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.Nomination;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * A plain greedy cohort (the benchmark's baseline): nominations by what they earn alone ({@link CohortWeights#value}), highest first, each selected
 * when it is eligible, its call has a funded seat left, its State is under the cap and the person is in no other
 * cohort of the year. Pinned nominations count as they are. Feasible unless the pins already break a rule.
 */
public class GreedyStart implements CustomPhaseCommand<CohortSolution> {

    @Override
    public void changeWorkingSolution(ScoreDirector<CohortSolution> director) {
        CohortSolution solution = director.getWorkingSolution();
        int[] filled = new int[solution.getCalls().size()];
        Map<String, Integer> perState = new HashMap<>();
        Set<String> persons = new HashSet<>();
        for (Nomination n : solution.getNominations()) {
            if (n.isPinned() && n.isSelected()) {
                filled[n.getCall().index()]++;
                perState.merge(stateKey(n), 1, Integer::sum);
                persons.add(CohortMoveFactory.personYear(n));
            }
        }
        List<Nomination> order = solution.getNominations().stream()
                .filter(n -> !n.isPinned())
                .sorted(Comparator.comparingLong(CohortWeights::value)
                        .reversed()
                        .thenComparingInt(Nomination::getIndex))
                .toList();
        for (Nomination n : order) {
            boolean take = n.eligible()
                    && filled[n.getCall().index()] < n.getCall().fundedSeats()
                    && perState.getOrDefault(stateKey(n), 0) < n.getCall().maxSelectedPerState()
                    && !persons.contains(CohortMoveFactory.personYear(n));
            if (take) {
                filled[n.getCall().index()]++;
                perState.merge(stateKey(n), 1, Integer::sum);
                persons.add(CohortMoveFactory.personYear(n));
            }
            if (n.isSelected() != take) {
                director.beforeVariableChanged(n, "selected");
                n.setSelected(take);
                director.afterVariableChanged(n, "selected");
            }
        }
        director.triggerVariableListeners();
    }

    private static String stateKey(Nomination n) {
        return n.getCall().index() + "/" + n.getState();
    }
}
