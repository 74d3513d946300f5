package org.clearinghouse.targets.application;

import java.util.List;

/** A target and what serves it: the linked requests, their commitments and results, and the totals. */
public record TargetReport(
        TargetView target,
        List<ServingRequest> requests,
        List<ServingCommitment> commitments,
        long requestedUsd,
        long committedUsd,
        long disbursedUsd,
        int completedCommitments) {

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
