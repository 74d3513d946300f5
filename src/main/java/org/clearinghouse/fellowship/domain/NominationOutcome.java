package org.clearinghouse.fellowship.domain;

/** What the confirmed cohort decided for a nomination; null until the secretariat confirms it. */
public enum NominationOutcome {
    SELECTED,
    WAITLISTED,
    NOT_SELECTED,
    /** Selected or waitlisted, then withdrawn by the State or the secretariat after the confirmation. */
    WITHDRAWN
}
