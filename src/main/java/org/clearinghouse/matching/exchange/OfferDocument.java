package org.clearinghouse.matching.exchange;

import java.util.List;

/** One offer (a resource) in the exchange format; {@code maxPerRequestUsd} null means no ceiling. */
public record OfferDocument(
        String id,
        String donor,
        List<String> areas,
        List<String> types,
        Long capacityUsd,
        List<String> regions,
        List<String> excludedStates,
        Long maxPerRequestUsd,
        String start,
        String end) {}
