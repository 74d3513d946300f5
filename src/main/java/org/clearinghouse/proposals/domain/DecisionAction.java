package org.clearinghouse.proposals.domain;

/** What a decision on a proposal does; the acting party decides whose decision it is. */
public enum DecisionAction {
    /** The secretariat endorses a proposal of a run (the former ACCEPT of the secretariat). */
    ENDORSE,
    /** The secretariat turns a proposal down before it is committed. */
    REJECT,
    /** The recipient State or the donor accepts, each on its own; the second acceptance commits. */
    ACCEPT,
    /** The recipient State (national ownership) or the donor declines, with a reason. */
    DECLINE,
    /** Implementation starts (also when progress is first reported). */
    START,
    /** Implementation is complete (also through a progress report). */
    COMPLETE,
    /** A commitment is cancelled before it is complete. */
    CANCEL;

    /** Decisions that turn something down must say why. */
    public boolean needsReason() {
        return this == REJECT || this == DECLINE || this == CANCEL;
    }
}
