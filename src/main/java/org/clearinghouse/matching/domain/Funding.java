package org.clearinghouse.matching.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One funding piece of a request: an offer and a whole-USD amount, both planning variables and both nullable. A piece
 * is a proposal only when it has an offer and a positive amount ({@link #isActive()}). A request has up to three
 * pieces; pinned pieces (matches the secretariat accepted) never move.
 */
@PlanningEntity
public class Funding {

    @PlanningId
    private int index;

    private Request request;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "offerRange", nullable = true)
    private Offer offer;

    @PlanningVariable(valueRangeProviderRefs = "amountRange", nullable = true)
    private Long amountUsd;

    /** For OptaPlanner's cloner. */
    public Funding() {}

    public Funding(int index, Request request) {
        this.index = index;
        this.request = request;
    }

    public Funding(int index, Request request, Offer offer, Long amountUsd, boolean pinned) {
        this(index, request);
        this.offer = offer;
        this.amountUsd = amountUsd;
        this.pinned = pinned;
    }

    @ValueRangeProvider(id = "offerRange")
    public List<Offer> getOfferRange() {
        return request.getEligibleOffers();
    }

    @ValueRangeProvider(id = "amountRange")
    public CountableValueRange<Long> getAmountRange() {
        return ValueRangeFactory.createLongValueRange(1L, Math.max(1L, request.getOpenUsd()) + 1L);
    }

    /** True when this piece is a proposal: an offer and a positive amount. */
    public boolean isActive() {
        return offer != null && amountUsd != null && amountUsd > 0;
    }

    /** The amount when active, else 0. */
    public long activeAmount() {
        return isActive() ? amountUsd : 0L;
    }

    public int getIndex() {
        return index;
    }

    public Request getRequest() {
        return request;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Offer getOffer() {
        return offer;
    }

    public void setOffer(Offer offer) {
        this.offer = offer;
    }

    public Long getAmountUsd() {
        return amountUsd;
    }

    public void setAmountUsd(Long amountUsd) {
        this.amountUsd = amountUsd;
    }

    @Override
    public String toString() {
        return request + "#" + index + (isActive() ? "->" + offer + ":" + amountUsd : "");
    }
}
