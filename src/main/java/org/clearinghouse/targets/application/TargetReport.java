package org.clearinghouse.targets.application;

import java.util.List;

/**
 * A target and what serves it: the linked requests, their commitments and results, and the totals; and the officials
 * trained by the fellowship programme that count towards it (of its State or region, in its area if it names one, in
 * courses ended by the end of its year), the measure of an "Officials trained" indicator.
 */
public record TargetReport(
        TargetView target,
        List<ServingRequest> requests,
        List<ServingCommitment> commitments,
        long requestedUsd,
        long committedUsd,
        long disbursedUsd,
        int completedCommitments,
        int officialsTrained) {

    /** A request linked to the target. */
    public record ServingRequest(long id, String title, String state, String area, String status, long amountUsd) {}

    /** A commitment to a linked request, with its implementation and results. */
    public record ServingCommitment(
            long id,
            long requestId,
            long offerId,
            String donor,
            long amountUsd,
            String status,
            long disbursedUsd,
            int progressPercent,
            String achievedOutputs,
            String completionDate,
            String resultsStatement) {}
}
