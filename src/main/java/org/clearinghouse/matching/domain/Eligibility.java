package org.clearinghouse.matching.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Precomputes the eligible offers of every request through an index by area and type, so that no constraint and no
 * move ever scans all offers. Run it after commitments and rejections have been added.
 */
public final class Eligibility {

    private Eligibility() {}

    /** Sets the eligible offers of each request; returns the number of eligible pairs. */
    public static long computeEligibleOffers(List<Request> requests, List<Offer> offers) {
        Map<Area, Map<AssistanceType, List<Offer>>> index = new EnumMap<>(Area.class);
        for (Offer offer : offers) {
            for (Area area : offer.getAreas()) {
                Map<AssistanceType, List<Offer>> byType =
                        index.computeIfAbsent(area, a -> new EnumMap<>(AssistanceType.class));
                for (AssistanceType type : offer.getTypes()) {
                    byType.computeIfAbsent(type, t -> new ArrayList<>()).add(offer);
                }
            }
        }
        long pairs = 0;
        List<Offer> buffer = new ArrayList<>();
        for (Request request : requests) {
            buffer.clear();
            for (Offer offer : candidates(index, request)) {
                if (offer.isEligibleFor(request)) {
                    buffer.add(offer);
                }
            }
            request.setEligibleOffers(buffer);
            pairs += buffer.size();
        }
        return pairs;
    }

    private static List<Offer> candidates(Map<Area, Map<AssistanceType, List<Offer>>> index, Request request) {
        Map<AssistanceType, List<Offer>> byType = index.get(request.getArea());
        if (byType == null) {
            return List.of();
        }
        return byType.getOrDefault(request.getType(), List.of());
    }
}
