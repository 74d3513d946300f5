package org.clearinghouse.fellowship.domain;

/** Where a call stands: open to nominations, closed (deadline passed or closed early), its cohort confirmed. */
public enum CallStatus {
    OPEN,
    CLOSED,
    CONFIRMED
}
