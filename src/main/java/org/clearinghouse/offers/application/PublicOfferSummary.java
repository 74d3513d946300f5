package org.clearinghouse.offers.application;

import java.util.List;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.shared.domain.AmountBand;

/**
 * What anyone may see of a PUBLIC open offer: never its contact, its excluded States, its exact capacity or its
 * ceiling per request.
 */
public record PublicOfferSummary(
        long id,
        String title,
        String description,
        String donor,
        String donorName,
        List<String> areas,
        List<String> types,
        List<String> regions,
        String capacityBand,
        String start,
        String end) {

    public static PublicOfferSummary of(AssistanceOffer o) {
        return new PublicOfferSummary(
                o.getId(),
                o.getTitle(),
                o.getDescription(),
                o.donorCode(),
                o.donor().donorName(),
                OfferView.sorted(o.getAreas()),
                OfferView.sorted(o.getTypes()),
                OfferView.sorted(o.getRegions()),
                AmountBand.of(o.getCapacityUsd()),
                o.getStartMonth().toString(),
                o.getEndMonth().toString());
    }
}
