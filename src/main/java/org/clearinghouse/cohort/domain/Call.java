package org.clearinghouse.cohort.domain;

import java.util.Set;

/**
 * A fellowship call as the solver sees it: the regions, course languages and topics a candidate must match, the seats
 * donors funded (only those can be filled), the year (a person joins at most one cohort a year), the cap on selected
 * nominees per State, the target share of women in percent and the range of years of experience that fits.
 */
public record Call(
        String id,
        int index,
        int year,
        Set<String> regions,
        Set<String> languages,
        Set<String> topics,
        int fundedSeats,
        int maxSelectedPerState,
        int womenTargetPercent,
        int minExperienceYears,
        int maxExperienceYears) {

    public Call {
        regions = Set.copyOf(regions);
        languages = Set.copyOf(languages);
        topics = Set.copyOf(topics);
    }

    /** True when the call names no region (open to all) or names this one. */
    public boolean admitsRegion(String region) {
        return regions.isEmpty() || regions.contains(region);
    }

    /** Years outside the call's range of experience (0 inside it). */
    public int experienceDistance(int years) {
        if (years < minExperienceYears) {
            return minExperienceYears - years;
        }
        return Math.max(0, years - maxExperienceYears);
    }

    @Override
    public String toString() {
        return id;
    }
}
