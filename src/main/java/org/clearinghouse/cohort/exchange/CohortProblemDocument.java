package org.clearinghouse.cohort.exchange;

import java.util.List;
import java.util.Map;

/**
 * A cohort problem: the calls of a plan (usually a year's), the nominations, the funded seats, the secretariat's pins
 * and, optionally, development statuses that replace the built-in reference list for some States.
 */
public record CohortProblemDocument(
        Integer formatVersion,
        List<CallDocument> calls,
        List<NominationDocument> nominations,
        List<FundingDocument> funding,
        List<PinDocument> pins,
        Map<String, String> developmentStatus) {

    public static final int FORMAT_VERSION = 1;

    public CohortProblemDocument {
        calls = calls == null ? List.of() : List.copyOf(calls);
        nominations = nominations == null ? List.of() : List.copyOf(nominations);
        funding = funding == null ? List.of() : List.copyOf(funding);
        pins = pins == null ? List.of() : List.copyOf(pins);
        developmentStatus = developmentStatus == null ? Map.of() : Map.copyOf(developmentStatus);
    }

    /** Seats donors funded for a call, in all. */
    public int fundedSeats(String callId) {
        return funding.stream()
                .filter(f -> callId.equals(f.callId()) && f.seats() != null)
                .mapToInt(FundingDocument::seats)
                .sum();
    }
}
