package org.clearinghouse.commitments.domain;

/** A step in the history of funding recorded against a State. */
public enum ClaimAction {
    /** Recorded by the secretariat: counts at once. */
    RECORDED,
    /** Recorded by a donor: a claim. */
    CLAIMED,
    CONFIRMED,
    DISPUTED
}
