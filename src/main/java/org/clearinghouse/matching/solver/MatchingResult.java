package org.clearinghouse.matching.solver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ProposalWriter;
import org.clearinghouse.matching.explain.ProposalExplanation;
import org.clearinghouse.matching.explain.Statistics;
import org.clearinghouse.matching.explain.UnfundedExplanation;

/**
 * The engine's answer: the proposals (pinned ones included, unchanged; commitments not repeated), the score by
 * level, the quality figures, the explanations and how the run went.
 */
public record MatchingResult(
        List<MatchDocument> matches,
        String score,
        long hard,
        long medium,
        long soft,
        boolean feasible,
        Statistics statistics,
        List<ProposalExplanation> explanations,
        List<UnfundedExplanation> unfunded,
        RunInfo run) {

    /** The proposal document of the exchange format: matches, score, statistics, explanations, unfunded, run. */
    public Map<String, Object> toProposalDocument() {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("score", score);
        extras.put("feasible", feasible);
        extras.put("statistics", statistics);
        extras.put("explanations", explanations);
        extras.put("unfunded", unfunded);
        extras.put("run", run);
        return ProposalWriter.proposal(matches, extras);
    }

    /** Timings and speed of the run; timeToFeasibleMillis is -1 when no feasible solution was found. */
    public record RunInfo(
            long elapsedMillis,
            long timeToFeasibleMillis,
            long scoreCalculationSpeed,
            boolean terminatedEarly,
            String stopReason) {}
}
