package org.clearinghouse.requests.application;

/**
 * A request as a client writes it, with the exchange format's field names; every field is optional here so that
 * the service can name each missing or bad one. {@code version} is required when editing.
 */
public record RequestInput(
        String title,
        String description,
        String state,
        String area,
        String type,
        Long amountUsd,
        Boolean divisible,
        Integer priority,
        String start,
        String end,
        String nationalTargetReference,
        String contact,
        Boolean publishSummaryConsent,
        Long version) {
}
