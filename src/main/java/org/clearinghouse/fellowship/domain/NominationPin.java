package org.clearinghouse.fellowship.domain;

/** What the secretariat decided for a nomination while reviewing a proposed cohort; re-runs of the engine keep it. */
public enum NominationPin {
    /** In the cohort, whatever the engine would choose. */
    IN,
    /** Left out of the cohort (and off the waiting list). */
    OUT
}
