package org.clearinghouse.offers.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An offer as a client writes it, with the exchange format's field names; {@code version} is required when editing.
 * {@code visibility} is PUBLIC or RESTRICTED; left out, a new offer is PUBLIC and an edited one keeps its own.
 */
@JsonIgnoreProperties(ignoreUnknown = true) // read-only fields of a GET can be sent back as they are
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
        Long version,
        String visibility) {

    /** An input without visibility: PUBLIC for a new offer, unchanged for an edited one. */
    public OfferInput(
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
        this(
                title,
                description,
                donor,
                areas,
                types,
                capacityUsd,
                regions,
                excludedStates,
                maxPerRequestUsd,
                start,
                end,
                contact,
                version,
                null);
    }
}
