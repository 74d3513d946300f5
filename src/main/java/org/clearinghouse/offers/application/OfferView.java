package org.clearinghouse.offers.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import java.util.List;
import org.clearinghouse.offers.domain.AssistanceOffer;

/** An offer as the API and the pages show it. */
public record OfferView(
        long id,
        String title,
        String description,
        String donor,
        String donorName,
        List<String> areas,
        List<String> types,
        long capacityUsd,
        long committedUsd,
        List<String> regions,
        List<String> excludedStates,
        Long maxPerRequestUsd,
        String start,
        String end,
        String status,
        String contact,
        long version,
        String createdBy,
        String createdAt,
        String updatedBy,
        String updatedAt,
        String visibility)
        implements java.io.Serializable {

    /** The offer, with the sum of its commitments that are not cancelled. */
    public static OfferView of(AssistanceOffer o, long committedUsd) {
        return new OfferView(
                o.getId(),
                o.getTitle(),
                o.getDescription(),
                o.donorCode(),
                o.donor().donorName(),
                sorted(o.getAreas()),
                sorted(o.getTypes()),
                o.getCapacityUsd(),
                committedUsd,
                sorted(o.getRegions()),
                o.getExcludedStates().stream().sorted().toList(),
                o.getMaxPerRequestUsd(),
                o.getStartMonth().toString(),
                o.getEndMonth().toString(),
                o.getStatus().name(),
                o.getContact(),
                o.getVersion(),
                o.getCreatedBy(),
                utc(o.getCreatedAt()),
                o.getUpdatedBy(),
                utc(o.getUpdatedAt()),
                o.getVisibility().name());
    }

    /** The codes' names in alphabetical order, as the API lists an offer's areas, types and regions. */
    static List<String> sorted(java.util.Collection<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).sorted().toList();
    }
}
