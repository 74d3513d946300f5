package org.clearinghouse.matching.explain;

import java.util.List;

/**
 * Why a request is unfunded or partly funded: the reason, the amounts, the offers concerned, the higher-weighted
 * (or other) requests using them (up to ten named, highest priority first, and how many there are in all), and the
 * text by key and arguments.
 */
public record UnfundedExplanation(
        String requestId,
        ReasonCode reason,
        long requestedUsd,
        long fundedUsd,
        long openUsd,
        List<String> offerIds,
        List<String> competingRequestIds,
        int competingRequestCount,
        String key,
        List<String> arguments,
        String text) {}
