package org.clearinghouse.matching.domain;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

/** An offer (a resource): problem fact. {@code committedUsd} is the sum of commitments already drawn on it. */
public final class Offer {

    private final String id;
    private final int index;
    private final String donor;
    private final Set<Area> areas;
    private final Set<AssistanceType> types;
    private final Set<Region> regions;
    private final Set<String> excludedStates;
    private final long capacityUsd;
    private final Long maxPerRequestUsd;
    private final YearMonth start;
    private final YearMonth end;
    private long committedUsd;

    public Offer(
            String id,
            int index,
            String donor,
            Set<Area> areas,
            Set<AssistanceType> types,
            Set<Region> regions,
            Set<String> excludedStates,
            long capacityUsd,
            Long maxPerRequestUsd,
            YearMonth start,
            YearMonth end) {
        this.id = id;
        this.index = index;
        this.donor = donor;
        this.areas = areas.isEmpty() ? EnumSet.noneOf(Area.class) : EnumSet.copyOf(areas);
        this.types = types.isEmpty() ? EnumSet.noneOf(AssistanceType.class) : EnumSet.copyOf(types);
        this.regions = regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions);
        this.excludedStates = Set.copyOf(excludedStates);
        this.capacityUsd = capacityUsd;
        this.maxPerRequestUsd = maxPerRequestUsd;
        this.start = start;
        this.end = end;
    }

    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    public String getDonor() {
        return donor;
    }

    public Set<Area> getAreas() {
        return areas;
    }

    public Set<AssistanceType> getTypes() {
        return types;
    }

    public Set<Region> getRegions() {
        return regions;
    }

    public Set<String> getExcludedStates() {
        return excludedStates;
    }

    public long getCapacityUsd() {
        return capacityUsd;
    }
    /** The ceiling per request, or null when there is none. */
    public Long getMaxPerRequestUsd() {
        return maxPerRequestUsd;
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

    void addCommitted(long amount) {
        committedUsd += amount;
    }

    /** H1 */
    public boolean coversArea(Request r) {
        return areas.contains(r.getArea());
    }
    /** H2 */
    public boolean coversType(Request r) {
        return types.contains(r.getType());
    }
    /** H3 */
    public boolean coversRegion(Request r) {
        return regions.isEmpty() || regions.contains(r.getRegion());
    }
    /** H4 */
    public boolean admitsState(Request r) {
        return !excludedStates.contains(r.getState()) && !donor.equals(r.getState());
    }
    /** H5 */
    public boolean overlapsPeriod(Request r) {
        return !start.isAfter(r.getEnd()) && !r.getStart().isAfter(end);
    }

    /** H1 to H5 and H11: may this offer fund this request at all? */
    public boolean isEligibleFor(Request r) {
        return coversArea(r)
                && coversType(r)
                && coversRegion(r)
                && admitsState(r)
                && overlapsPeriod(r)
                && !r.isRejected(this);
    }

    @Override
    public String toString() {
        return id;
    }
}
