package org.clearinghouse.matching.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.clearinghouse.matching.domain.Funding;
import org.clearinghouse.matching.domain.Ledger;
import org.clearinghouse.matching.domain.MatchingSolution;
import org.clearinghouse.matching.domain.Offer;
import org.clearinghouse.matching.domain.Priorities;
import org.clearinghouse.matching.domain.Request;

/** Computes the explanations and quality figures of a solved matching. */
public final class Explainer {

    private static final int MAX_NAMED = 10;

    private final MatchingSolution solution;
    private final Ledger ledger;
    private final int[] seen; // per request index: the explanation that last counted it as a competitor
    private int seenStamp;

    public Explainer(MatchingSolution solution) {
        this.solution = solution;
        this.ledger = solution.rebuildLedger();
        this.seen = new int[solution.getRequests().size()];
    }

    public List<ProposalExplanation> proposals() {
        List<ProposalExplanation> result = new ArrayList<>();
        for (Funding f : solution.getFundings()) {
            if (!f.isActive()) {
                continue;
            }
            Request r = f.getRequest();
            Offer o = f.getOffer();
            String region = o.getRegions().isEmpty()
                    ? ExplanationTexts.render(ExplanationTexts.REGION_ANY, List.of())
                    : ExplanationTexts.render(ExplanationTexts.REGION_LISTED, List.of(r.getRegion()));
            String choice;
            if (f.isPinned()) {
                choice = ExplanationTexts.render(ExplanationTexts.PINNED, List.of());
            } else if (f.getAmountUsd() == r.getOpenUsd()) {
                choice = ExplanationTexts.render(ExplanationTexts.CHOICE_WHOLE, List.of());
            } else {
                choice = ExplanationTexts.render(
                        ExplanationTexts.CHOICE_SPLIT, List.of(f.getAmountUsd(), ledger.distinctOffers(r)));
            }
            List<String> args = List.of(
                    r.getId(),
                    o.getId(),
                    String.valueOf(f.getAmountUsd()),
                    String.valueOf(r.getPriority()),
                    String.valueOf(r.getWeight()),
                    r.getArea().name(),
                    r.getType().name(),
                    region,
                    o.getStart() + "/" + o.getEnd(),
                    r.getStart() + "/" + r.getEnd(),
                    choice);
            result.add(new ProposalExplanation(
                    r.getId(),
                    o.getId(),
                    f.getAmountUsd(),
                    r.getWeight(),
                    f.isPinned(),
                    ExplanationTexts.PROPOSAL,
                    args,
                    ExplanationTexts.render(ExplanationTexts.PROPOSAL, args)));
        }
        return result;
    }

    public List<UnfundedExplanation> unfunded() {
        List<UnfundedExplanation> result = new ArrayList<>();
        for (Request r : solution.getRequests()) {
            if (ledger.need(r) > 0) {
                result.add(explainUnfunded(r));
            }
        }
        return result;
    }

    UnfundedExplanation explainUnfunded(Request r) {
        long open = ledger.need(r);
        List<Offer> areaType = new ArrayList<>();
        List<Offer> periodRegion = new ArrayList<>();
        List<Offer> admitted = new ArrayList<>();
        for (Offer o : solution.getOffers()) {
            if (o.coversArea(r) && o.coversType(r)) {
                areaType.add(o);
                if (o.coversRegion(r) && o.overlapsPeriod(r)) {
                    periodRegion.add(o);
                    if (o.admitsState(r)) {
                        admitted.add(o);
                    }
                }
            }
        }
        if (areaType.isEmpty()) {
            return make(r, ReasonCode.NO_ELIGIBLE_OFFER, List.of(), List.of(r.getArea(), r.getType(), ""));
        }
        if (periodRegion.isEmpty()) {
            return make(r, ReasonCode.OUTSIDE_PERIOD_OR_REGION, areaType, List.of(ids(areaType)));
        }
        if (admitted.isEmpty()) {
            return make(
                    r,
                    ReasonCode.NO_ELIGIBLE_OFFER,
                    periodRegion,
                    List.of(r.getArea(), r.getType(), ExplanationTexts.render("excluded.suffix", List.of())));
        }
        List<Offer> eligible = r.getEligibleOffers();
        if (eligible.isEmpty()) {
            return make(r, ReasonCode.REJECTED, admitted, List.of(ids(admitted)));
        }
        if (!r.isDivisible() && !coverableInFull(r, eligible)) {
            return make(r, ReasonCode.INDIVISIBLE_TOO_LARGE, eligible, List.of(ids(eligible)));
        }
        if (ledger.distinctOffers(r) >= Priorities.MAX_OFFERS_PER_REQUEST) {
            return make(r, ReasonCode.OFFER_LIMIT_REACHED, eligible, List.of());
        }
        List<Offer> withCapacity = new ArrayList<>();
        List<Offer> ceilingLimited = new ArrayList<>();
        for (Offer o : eligible) {
            if (ledger.free(o) > 0) {
                if (ledger.ceilingRoom(r, o) > 0) {
                    withCapacity.add(o);
                } else {
                    ceilingLimited.add(o);
                }
            }
        }
        if (!withCapacity.isEmpty()) {
            return make(r, ReasonCode.NOT_SELECTED, withCapacity, List.of(ids(withCapacity)));
        }
        Competitors higher = new Competitors();
        Competitors others = new Competitors();
        int stamp = ++seenStamp;
        for (Offer o : eligible) {
            for (Funding f : ledger.activeOn(o)) {
                Request user = f.getRequest();
                if (user != r && seen[user.getIndex()] != stamp) {
                    seen[user.getIndex()] = stamp;
                    (user.getWeight() > r.getWeight() ? higher : others).add(user);
                }
            }
        }
        if (higher.count > 0) {
            return usedBy(r, ReasonCode.USED_BY_HIGHER_WEIGHTED, eligible, higher);
        }
        if (others.count > 0) {
            return usedBy(r, ReasonCode.USED_BY_EQUAL_OR_LOWER_WEIGHTED, eligible, others);
        }
        if (!ceilingLimited.isEmpty()) {
            return make(r, ReasonCode.CEILING_REACHED, ceilingLimited, List.of(ids(ceilingLimited)));
        }
        return make(r, ReasonCode.CAPACITY_COMMITTED, eligible, List.of(ids(eligible)));
    }

    /** Could the eligible offers, free of all proposals, cover the indivisible request's open amount? */
    private boolean coverableInFull(Request r, List<Offer> eligible) {
        long need = r.getOpenUsd() - (ledger.proposed(r) - movableProposed(r));
        List<Long> rooms = new ArrayList<>();
        for (Offer o : eligible) {
            long room = o.getCapacityUsd() - o.getCommittedUsd();
            if (o.getMaxPerRequestUsd() != null) {
                room = Math.min(room, o.getMaxPerRequestUsd() - r.committedFrom(o));
            }
            rooms.add(Math.max(0, room));
        }
        rooms.sort((a, b) -> Long.compare(b, a));
        int slots = Priorities.MAX_OFFERS_PER_REQUEST - r.getCommittedOfferCount();
        long sum = 0;
        for (int i = 0; i < rooms.size() && i < slots; i++) {
            sum += rooms.get(i);
        }
        return sum >= need;
    }

    private long movableProposed(Request r) {
        long sum = 0;
        for (Funding f : ledger.pieces(r)) {
            if (f.isActive() && !f.isPinned()) {
                sum += f.getAmountUsd();
            }
        }
        return sum;
    }

    /** The eligible offers are used up by {@code competitors}: the first of them named, and how many there are. */
    private UnfundedExplanation usedBy(Request r, ReasonCode code, List<Offer> eligible, Competitors competitors) {
        List<Request> named = competitors.named();
        return make(
                r, code, eligible, named, competitors.count, List.of(ids(eligible), named(named, competitors.count)));
    }

    private UnfundedExplanation make(Request r, ReasonCode code, List<Offer> offers, List<?> extraArgs) {
        return make(r, code, offers, List.of(), 0, extraArgs);
    }

    private UnfundedExplanation make(
            Request r,
            ReasonCode code,
            List<Offer> offers,
            List<Request> competing,
            int competingCount,
            List<?> extraArgs) {
        List<String> args = new ArrayList<>();
        args.add(r.getId());
        args.add(String.valueOf(ledger.need(r)));
        for (Object a : extraArgs) {
            args.add(String.valueOf(a));
        }
        String key = ExplanationTexts.key(code);
        List<String> offerIds = new ArrayList<>();
        for (Offer o : offers) {
            offerIds.add(o.getId());
        }
        List<String> competingIds = new ArrayList<>();
        for (Request c : competing) {
            competingIds.add(c.getId());
        }
        return new UnfundedExplanation(
                r.getId(),
                code,
                r.getAmountUsd(),
                ledger.funded(r),
                ledger.need(r),
                offerIds,
                competingIds,
                competingCount,
                key,
                args,
                ExplanationTexts.render(key, args));
    }

    private static String ids(List<Offer> offers) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < offers.size() && i < MAX_NAMED; i++) {
            b.append(i == 0 ? "" : ", ").append(offers.get(i).getId());
        }
        if (offers.size() > MAX_NAMED) {
            b.append(ExplanationTexts.render(ExplanationTexts.LIST_MORE, List.of(offers.size() - MAX_NAMED)));
        }
        return b.toString();
    }

    private static String named(List<Request> requests, int total) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < requests.size(); i++) {
            b.append(i == 0 ? "" : ", ")
                    .append(ExplanationTexts.render(
                            ExplanationTexts.REQUEST_NAMED,
                            List.of(requests.get(i).getId(), requests.get(i).getPriority())));
        }
        if (total > requests.size()) {
            b.append(ExplanationTexts.render(ExplanationTexts.LIST_MORE, List.of(total - requests.size())));
        }
        return b.toString();
    }

    /**
     * Other requests drawing on an unfunded request's offers: all counted, the first {@link #MAX_NAMED} of each
     * priority kept so that the highest-priority ones can be named (a global fund may have thousands of users).
     */
    private static final class Competitors {
        private final List<List<Request>> byPriority = new ArrayList<>();
        private int count;

        Competitors() {
            for (int p = 0; p < 5; p++) {
                byPriority.add(new ArrayList<>());
            }
        }

        void add(Request r) {
            count++;
            List<Request> bucket = byPriority.get(Math.min(4, Math.max(0, r.getPriority() - 1)));
            if (bucket.size() < MAX_NAMED) {
                bucket.add(r);
            }
        }

        /** Up to {@link #MAX_NAMED}, highest priority first. */
        List<Request> named() {
            List<Request> named = new ArrayList<>();
            for (List<Request> bucket : byPriority) {
                for (Request r : bucket) {
                    if (named.size() < MAX_NAMED) {
                        named.add(r);
                    }
                }
            }
            return named;
        }
    }

    public Statistics statistics(long eligiblePairs) {
        int proposals = 0;
        int pinned = 0;
        for (Funding f : solution.getFundings()) {
            if (f.isActive()) {
                proposals++;
                if (f.isPinned()) {
                    pinned++;
                }
            }
        }
        int funded = 0;
        int partly = 0;
        int unfunded = 0;
        for (Request r : solution.getRequests()) {
            if (ledger.need(r) <= 0) {
                funded++;
            } else if (ledger.funded(r) > 0) {
                partly++;
            } else {
                unfunded++;
            }
        }
        return new Statistics(
                solution.getRequests().size(),
                solution.getOffers().size(),
                eligiblePairs,
                proposals,
                pinned,
                funded,
                partly,
                unfunded,
                priorityInversions(),
                share(r -> "all").getOrDefault("all", new FundedShare(0, 0, 0, 1.0)),
                new TreeMap<>(share(Request::getPriority)),
                new TreeMap<>(share(r -> r.getRegion().name())),
                new TreeMap<>(share(r -> r.getArea().name())),
                priorityInversionPairs());
    }

    private <K> Map<K, FundedShare> share(Function<Request, K> key) {
        Map<K, long[]> sums = new HashMap<>();
        for (Request r : solution.getRequests()) {
            long[] s = sums.computeIfAbsent(key.apply(r), k -> new long[3]);
            s[0] += r.getAmountUsd();
            s[1] += r.getCommittedUsd();
            s[2] += ledger.proposed(r);
        }
        Map<K, FundedShare> result = new HashMap<>();
        sums.forEach((k, s) ->
                result.put(k, new FundedShare(s[0], s[1], s[2], s[0] == 0 ? 1.0 : (double) (s[1] + s[2]) / s[0])));
        return result;
    }

    /**
     * Pairs (lower, higher) of one State's requests where the lower-priority one got a proposal from an offer that
     * was eligible for the higher-priority one, which stays unfunded (nothing committed or proposed).
     */
    public int priorityInversions() {
        return priorityInversionPairs().size();
    }

    /** The pairs {@link #priorityInversions()} counts, each with the first such offer, highest priority first. */
    public List<PriorityInversion> priorityInversionPairs() {
        Map<String, List<Request>> byState = new TreeMap<>();
        for (Request r : solution.getRequests()) {
            byState.computeIfAbsent(r.getState(), s -> new ArrayList<>()).add(r);
        }
        List<PriorityInversion> pairs = new ArrayList<>();
        for (List<Request> own : byState.values()) {
            own.sort(java.util.Comparator.comparingInt(Request::getPriority).thenComparing(Request::getId));
            for (Request high : own) {
                if (ledger.funded(high) > 0 || ledger.need(high) <= 0) {
                    continue;
                }
                Set<Offer> eligible = new HashSet<>(high.getEligibleOffers());
                for (Request low : own) {
                    if (low.getPriority() <= high.getPriority()) {
                        continue;
                    }
                    for (Funding f : ledger.pieces(low)) {
                        if (f.isActive() && eligible.contains(f.getOffer())) {
                            pairs.add(new PriorityInversion(
                                    high.getId(), low.getId(), f.getOffer().getId()));
                            break;
                        }
                    }
                }
            }
        }
        return pairs;
    }
}
