package org.clearinghouse.cohort.explain;

/**
 * The figures of one call's proposed cohort: funded seats and nominees selected, women among them and their share in
 * percent (one decimal; null when nobody is selected) against the target, distinct States and sub-regions, nominees
 * from least developed and other developing countries, and the length of the waiting list.
 */
public record CallStatistics(
        String callId,
        int fundedSeats,
        int selected,
        int women,
        Double womenPercent,
        int womenTargetPercent,
        int states,
        int subRegions,
        int leastDeveloped,
        int otherDeveloping,
        int waitlisted) {}
