package org.clearinghouse.proposals.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.proposals.domain.Proposal;

/** A commitment with its implementation and results, and the proposal it came from (if made on the platform). */
public record CommitmentView(
        long id,
        long requestId,
        String requestTitle,
        String recipientState,
        long offerId,
        String offerTitle,
        String donor,
        long amountUsd,
        String source,
        String mechanismName,
        String status,
        Long proposalId,
        String proposalState,
        long disbursedUsd,
        int progressPercent,
        String plannedOutputs,
        String achievedOutputs,
        String completionDate,
        String resultsStatement,
        String createdAt,
        String updatedBy,
        String updatedAt,
        long version) {

    public static CommitmentView of(Commitment c, Proposal from) {
        return new CommitmentView(
                c.getId(),
                c.getRequest().getId(),
                c.getRequest().getTitle(),
                c.getRequest().getRecipientState().getCode(),
                c.getOffer().getId(),
                c.getOffer().getTitle(),
                c.getOffer().donorCode(),
                c.getAmountUsd(),
                c.getSource().name(),
                c.getMechanismName(),
                c.getStatus().name(),
                from == null ? null : from.getId(),
                from == null ? null : from.getState().name(),
                c.getDisbursedUsd(),
                c.getProgressPercent(),
                c.getPlannedOutputs(),
                c.getAchievedOutputs(),
                c.getCompletionDate() == null ? null : c.getCompletionDate().toString(),
                c.getResultsStatement(),
                utc(c.getCreatedAt()),
                c.getUpdatedBy(),
                utc(c.getUpdatedAt()),
                c.getVersion());
    }
}
