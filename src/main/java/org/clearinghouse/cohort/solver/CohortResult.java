package org.clearinghouse.cohort.solver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearinghouse.cohort.exchange.SelectedDocument;
import org.clearinghouse.cohort.explain.CallStatistics;
import org.clearinghouse.cohort.explain.CandidateExplanation;
import org.clearinghouse.cohort.explain.WaitlistEntry;

/**
 * What a run found: the proposed cohorts (pins included), the waiting lists, the score by level, the figures, one
 * explanation per nomination, the relaxation bound and how the run went.
 */
public record CohortResult(
        List<SelectedDocument> selected,
        List<WaitlistEntry> waitlist,
        long hard,
        long medium,
        long soft,
        List<CallStatistics> statistics,
        List<CandidateExplanation> explanations,
        CohortBound.Bound bound,
        Run run) {

    /** Time used, the time of the first feasible best, the stop reason and the score calculation speed. */
    public record Run(long elapsedMillis, long firstFeasibleMillis, String stopReason, long scoreCalculationSpeed) {}

    public boolean feasible() {
        return hard == 0;
    }

    public String score() {
        return hard + "hard/" + medium + "medium/" + soft + "soft";
    }

    /** True when the score equals the bound: no cohort can score more. */
    public boolean provenOptimal() {
        return feasible() && medium == bound.medium() && soft == bound.soft();
    }

    /** The answer document of {@code docs/fellowship-rules.md}, fields in the format's order. */
    public Map<String, Object> toAnswerDocument() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("selected", selected);
        json.put("waitlist", waitlist);
        json.put("score", score());
        json.put("feasible", feasible());
        json.put("statistics", statistics);
        json.put("explanations", explanations);
        Map<String, Object> boundJson = new LinkedHashMap<>();
        boundJson.put("medium", bound.medium());
        boundJson.put("soft", bound.soft());
        boundJson.put("proven", provenOptimal());
        json.put("bound", boundJson);
        json.put("run", run);
        return json;
    }
}
