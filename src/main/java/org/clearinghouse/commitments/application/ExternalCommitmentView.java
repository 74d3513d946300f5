package org.clearinghouse.commitments.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import org.clearinghouse.commitments.domain.ExternalCommitment;

/**
 * Funding through another mechanism as the API shows it. {@code status}: CLAIMED (a donor's, not yet decided; counts
 * for nothing), CONFIRMED (counts) or DISPUTED (counts for nothing; {@code disputeReason} says why); {@code decidedBy}
 * and {@code decidedAt}: the last decision.
 */
public record ExternalCommitmentView(
        long id,
        String state,
        String stateName,
        String area,
        long amountUsd,
        String start,
        String end,
        String source,
        String mechanismName,
        String donor,
        Long requestId,
        String note,
        long version,
        String createdBy,
        String createdAt,
        String status,
        String decidedBy,
        String decidedAt,
        String disputeReason) {

    public static ExternalCommitmentView of(ExternalCommitment e) {
        return new ExternalCommitmentView(
                e.getId(),
                e.getState().getCode(),
                e.getState().getName(),
                e.getArea().name(),
                e.getAmountUsd(),
                e.getStartMonth().toString(),
                e.getEndMonth().toString(),
                e.getSource().name(),
                e.getMechanismName(),
                e.getDonorCode(),
                e.getRequest() == null ? null : e.getRequest().getId(),
                e.getNote(),
                e.getVersion(),
                e.getCreatedBy(),
                utc(e.getCreatedAt()),
                e.getClaimStatus().name(),
                e.getDecidedBy(),
                utc(e.getDecidedAt()),
                e.getDisputeReason());
    }

    /** Whether it counts (confirmed). */
    public boolean counts() {
        return "CONFIRMED".equals(status);
    }
}
