package org.clearinghouse.offers.domain;

import java.util.Set;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;

/**
 * Filter of the offer list; every null (or empty set) means "any". {@code area} and {@code type}: offers covering
 * it; {@code donorCode}: a State's ISO code or an organisation's code; {@code region}: offers open to that region
 * (those listing it and those listing no region at all).
 */
public record AssistanceOfferFilter(
        CommitmentArea area, AssistanceType type, String donorCode, Region region, Set<OfferStatus> statuses) {

    public static final AssistanceOfferFilter ANY = new AssistanceOfferFilter(null, null, null, null, null);

    public AssistanceOfferFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public AssistanceOfferFilter withArea(CommitmentArea value) {
        return new AssistanceOfferFilter(value, type, donorCode, region, statuses);
    }

    public AssistanceOfferFilter withType(AssistanceType value) {
        return new AssistanceOfferFilter(area, value, donorCode, region, statuses);
    }

    public AssistanceOfferFilter withDonor(String value) {
        return new AssistanceOfferFilter(area, type, value, region, statuses);
    }

    public AssistanceOfferFilter withRegion(Region value) {
        return new AssistanceOfferFilter(area, type, donorCode, value, statuses);
    }

    public AssistanceOfferFilter withStatuses(OfferStatus... values) {
        return new AssistanceOfferFilter(area, type, donorCode, region, Set.of(values));
    }
}
