package org.clearinghouse.offers.application;

import java.util.List;

/** An offer as a client writes it, with the exchange format's field names; {@code version} is required when editing. */
public record OfferInput(
        String title,
        String description,
        String donor,
        List<String> areas,
        List<String> types,
        Long capacityUsd,
        List<String> regions,
        List<String> excludedStates,
        Long maxPerRequestUsd,
        String start,
        String end,
        String contact,
        Long version) {
}
