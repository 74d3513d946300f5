package org.clearinghouse.requests.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import org.clearinghouse.requests.domain.AssistanceRequest;

/** A request as the API and the pages show it. */
public record RequestView(
        long id,
        String title,
        String description,
        String state,
        String stateName,
        String region,
        String area,
        String type,
        long amountUsd,
        boolean divisible,
        int priority,
        String start,
        String end,
        String status,
        String nationalTargetReference,
        String contact,
        boolean publishSummaryConsent,
        String genderMarker,
        String validationComment,
        Long targetId,
        String submittedAt,
        long version,
        String createdBy,
        String createdAt,
        String updatedBy,
        String updatedAt,
        Long mergedIntoId)
        implements java.io.Serializable {

    public static RequestView of(AssistanceRequest r) {
        return new RequestView(
                r.getId(),
                r.getTitle(),
                r.getDescription(),
                r.getRecipientState().getCode(),
                r.getRecipientState().getName(),
                r.getRecipientState().getRegion().name(),
                r.getArea().name(),
                r.getType().name(),
                r.getAmountUsd(),
                r.isDivisible(),
                r.getPriority(),
                r.getStartMonth().toString(),
                r.getEndMonth().toString(),
                r.getStatus().name(),
                r.getNationalTargetReference(),
                r.getContact(),
                r.isPublishSummaryConsent(),
                r.getGenderMarker() == null ? null : r.getGenderMarker().name(),
                r.getValidationComment(),
                r.getTarget() == null ? null : r.getTarget().getId(),
                utc(r.getSubmittedAt()),
                r.getVersion(),
                r.getCreatedBy(),
                utc(r.getCreatedAt()),
                r.getUpdatedBy(),
                utc(r.getUpdatedAt()),
                r.getMergedIntoId());
    }
}
