package org.clearinghouse.matching.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request (a need): problem fact. Carries its commitments (fixed amounts per offer), its rejected offers and the
 * offers eligible for it (H1-H5 and H11 hold), precomputed once by {@link Eligibility}.
 */
public final class Request {

    private final String id;
    private final int index;
    private final String state;
    private final Region region;
    private final Area area;
    private final AssistanceType type;
    private final long amountUsd;
    private final boolean divisible;
    private final int priority;
    private final int weight;
    private final YearMonth start;
    private final YearMonth end;
    private final Map<Offer, Long> commitments = new LinkedHashMap<>(2);
    private Set<Offer> rejectedOffers = Collections.emptySet();
    private List<Offer> eligibleOffers = List.of();
    private long committedUsd;

    public Request(
            String id,
            int index,
            String state,
            Region region,
            Area area,
            AssistanceType type,
            long amountUsd,
            boolean divisible,
            int priority,
            YearMonth start,
            YearMonth end) {
        this.id = id;
        this.index = index;
        this.state = state;
        this.region = region;
        this.area = area;
        this.type = type;
        this.amountUsd = amountUsd;
        this.divisible = divisible;
        this.priority = priority;
        this.weight = Priorities.weight(priority);
        this.start = start;
        this.end = end;
    }

    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    public String getState() {
        return state;
    }

    public Region getRegion() {
        return region;
    }

    public Area getArea() {
        return area;
    }

    public AssistanceType getType() {
        return type;
    }

    public long getAmountUsd() {
        return amountUsd;
    }

    public boolean isDivisible() {
        return divisible;
    }

    public int getPriority() {
        return priority;
    }
    /** W(priority): 16 for priority 1 down to 1 for priority 5. */
    public int getWeight() {
        return weight;
    }

    public YearMonth getStart() {
        return start;
    }

    public YearMonth getEnd() {
        return end;
    }

    public long getCommittedUsd() {
        return committedUsd;
    }
    /** What proposals may still add: amount minus commitments. */
    public long getOpenUsd() {
        return amountUsd - committedUsd;
    }

    public Map<Offer, Long> getCommitments() {
        return Collections.unmodifiableMap(commitments);
    }

    public int getCommittedOfferCount() {
        return commitments.size();
    }

    public boolean isCommittedBy(Offer offer) {
        return commitments.containsKey(offer);
    }

    public long committedFrom(Offer offer) {
        return commitments.getOrDefault(offer, 0L);
    }

    public boolean isRejected(Offer offer) {
        return rejectedOffers.contains(offer);
    }

    public Set<Offer> getRejectedOffers() {
        return Collections.unmodifiableSet(rejectedOffers);
    }
    /** Offers passing H1-H5 and H11 for this request, in offer order. */
    public List<Offer> getEligibleOffers() {
        return eligibleOffers;
    }

    /** Records a commitment of an offer to this request (and on the offer). */
    public void addCommitment(Offer offer, long amount) {
        commitments.merge(offer, amount, Long::sum);
        committedUsd += amount;
        offer.addCommitted(amount);
    }

    public void addRejection(Offer offer) {
        if (rejectedOffers.isEmpty()) {
            rejectedOffers = new HashSet<>(2);
        }
        rejectedOffers.add(offer);
    }

    void setEligibleOffers(List<Offer> offers) {
        this.eligibleOffers = offers.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(offers));
    }

    @Override
    public String toString() {
        return id;
    }
}
