package org.clearinghouse.commitments.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Funding through another mechanism as a client records it. {@code state} and {@code area} may be left out when
 * {@code requestId} names a request: they are then the request's. {@code donor} is the caller's own code for a donor.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExternalCommitmentInput(
        String state,
        String area,
        Long amountUsd,
        String start,
        String end,
        String source,
        String mechanismName,
        String donor,
        Long requestId,
        String note) {}
