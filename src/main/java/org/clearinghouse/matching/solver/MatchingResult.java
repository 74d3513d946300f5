package org.clearinghouse.matching.solver;

import java.util.List;

import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.explain.ProposalExplanation;
import org.clearinghouse.matching.explain.Statistics;
import org.clearinghouse.matching.explain.UnfundedExplanation;

/**
 * The engine's answer: the proposals (pinned ones included, unchanged; commitments not repeated), the score by
 * level, the quality figures, the explanations and how the run went.
 */
public record MatchingResult(List<MatchDocument> matches, String score, long hard, long medium, long soft,
        boolean feasible, Statistics statistics, List<ProposalExplanation> explanations,
        List<UnfundedExplanation> unfunded, RunInfo run) {

    /** Timings and speed of the run; timeToFeasibleMillis is -1 when no feasible solution was found. */
    public record RunInfo(long elapsedMillis, long timeToFeasibleMillis, long scoreCalculationSpeed,
            boolean terminatedEarly, String stopReason) {
    }
}
