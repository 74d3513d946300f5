package org.clearinghouse.cohort.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The planning solution: the calls (facts) and the nominations (entities, each selected or not). */
@PlanningSolution
public class CohortSolution {

    @ProblemFactCollectionProperty
    private List<Call> calls;

    @PlanningEntityCollectionProperty
    private List<Nomination> nominations;

    @ValueRangeProvider(id = "selectedRange")
    private List<Boolean> selectedRange = List.of(Boolean.FALSE, Boolean.TRUE);

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For OptaPlanner's cloner. */
    public CohortSolution() {}

    public CohortSolution(List<Call> calls, List<Nomination> nominations) {
        this.calls = calls;
        this.nominations = nominations;
    }

    public List<Call> getCalls() {
        return calls;
    }

    public List<Nomination> getNominations() {
        return nominations;
    }

    public List<Boolean> getSelectedRange() {
        return selectedRange;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
