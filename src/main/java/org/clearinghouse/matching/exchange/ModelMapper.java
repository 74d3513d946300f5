package org.clearinghouse.matching.exchange;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.matching.domain.Area;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Eligibility;
import org.clearinghouse.matching.domain.Funding;
import org.clearinghouse.matching.domain.MatchingSolution;
import org.clearinghouse.matching.domain.Offer;
import org.clearinghouse.matching.domain.Priorities;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.matching.domain.Request;

/**
 * Builds the planning model from a validated problem document: requests, offers, commitments, rejections, eligible
 * offers, and the funding pieces (the pinned matches as pinned pieces, then free pieces up to three per request).
 */
public final class ModelMapper {

    private ModelMapper() {}

    /** The planning model and its look-ups by id. */
    public record Model(
            MatchingSolution solution,
            Map<String, Request> requestsById,
            Map<String, Offer> offersById,
            long eligiblePairs) {}

    /** The document must have passed {@link ProblemValidator}; pinned matches must name known ids. */
    public static Model toModel(ProblemDocument doc, List<MatchDocument> pinned) {
        Map<String, Request> requests = new LinkedHashMap<>();
        for (RequestDocument d : doc.requests()) {
            requests.put(
                    d.id(),
                    new Request(
                            d.id(),
                            requests.size(),
                            d.state(),
                            Region.valueOf(d.region()),
                            Area.valueOf(d.area()),
                            AssistanceType.valueOf(d.type()),
                            d.amountUsd(),
                            d.divisible(),
                            d.priority(),
                            YearMonth.parse(d.start()),
                            YearMonth.parse(d.end())));
        }
        Map<String, Offer> offers = new LinkedHashMap<>();
        for (OfferDocument d : doc.offers()) {
            offers.put(
                    d.id(),
                    new Offer(
                            d.id(),
                            offers.size(),
                            d.donor(),
                            enums(Area.class, d.areas()),
                            enums(AssistanceType.class, d.types()),
                            enums(Region.class, d.regions()),
                            d.excludedStates() == null ? Set.of() : new HashSet<>(d.excludedStates()),
                            d.capacityUsd(),
                            d.maxPerRequestUsd(),
                            YearMonth.parse(d.start()),
                            YearMonth.parse(d.end())));
        }
        for (CommitmentDocument c : nonNull(doc.commitments())) {
            requests.get(c.requestId()).addCommitment(offers.get(c.offerId()), c.amountUsd());
        }
        for (RejectionDocument j : nonNull(doc.rejections())) {
            requests.get(j.requestId()).addRejection(offers.get(j.offerId()));
        }
        List<Request> requestList = new ArrayList<>(requests.values());
        List<Offer> offerList = new ArrayList<>(offers.values());
        long pairs = Eligibility.computeEligibleOffers(requestList, offerList);

        Map<Request, List<MatchDocument>> pinnedByRequest = new HashMap<>();
        for (MatchDocument m : nonNull(pinned)) {
            Request r = requests.get(m.requestId());
            if (r == null || !offers.containsKey(m.offerId())) {
                throw new IllegalArgumentException("pinned match names an unknown request or offer: " + m);
            }
            pinnedByRequest.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
        }
        List<Funding> fundings = new ArrayList<>(requestList.size() * 2);
        for (Request r : requestList) {
            List<MatchDocument> fixed = pinnedByRequest.getOrDefault(r, List.of());
            for (MatchDocument m : fixed) {
                fundings.add(new Funding(fundings.size(), r, offers.get(m.offerId()), m.amountUsd(), true));
            }
            if (!r.getEligibleOffers().isEmpty() && r.getOpenUsd() > 0) {
                int free = Math.max(0, Priorities.MAX_OFFERS_PER_REQUEST - fixed.size());
                for (int i = 0; i < free; i++) {
                    fundings.add(new Funding(fundings.size(), r));
                }
            }
        }
        return new Model(new MatchingSolution(requestList, offerList, fundings), requests, offers, pairs);
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> codes) {
        Set<E> set = EnumSet.noneOf(type);
        for (String code : nonNull(codes)) {
            set.add(Enum.valueOf(type, code));
        }
        return set;
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
