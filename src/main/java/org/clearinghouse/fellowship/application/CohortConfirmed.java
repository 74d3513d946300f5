package org.clearinghouse.fellowship.application;

import java.util.List;

/** A call's confirmed cohort as each nominating State hears of it: counts only, no personal data. */
public record CohortConfirmed(long callId, String title, List<StateOutcome> states) {

    /** One nominating State's nominees: how many, how many selected, how many on the waiting list. */
    public record StateOutcome(String state, int nominated, int selected, int waitlisted) {}
}
