package org.clearinghouse.requests.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A request as a client writes it, with the exchange format's field names; every field is optional here so that
 * the service can name each missing or bad one. {@code targetId} links the request to a voluntary target of its
 * State or region (null: none); {@code genderMarker} is NOT_TARGETED, SIGNIFICANT or PRINCIPAL (the DAC gender
 * marker; null: not screened). {@code version} is required when editing.
 */
@JsonIgnoreProperties(ignoreUnknown = true) // read-only fields of a GET can be sent back as they are
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
        String genderMarker,
        Long targetId,
        Long version) {}
