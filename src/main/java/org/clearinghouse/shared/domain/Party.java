package org.clearinghouse.shared.domain;

/** In what capacity someone decides on a proposal. */
public enum Party {
    SECRETARIAT,
    /** The recipient State of the proposal's request. */
    RECIPIENT,
    /** The donor of the proposal's offer. */
    DONOR
}
