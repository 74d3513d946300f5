package org.clearinghouse.commitments.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import org.clearinghouse.commitments.domain.ExternalCommitment;

/** Funding through another mechanism as the API shows it. */
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
        String createdAt) {

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
                utc(e.getCreatedAt()));
    }
}
