package org.clearinghouse.commitments.domain;

/** Life cycle of a commitment. Active and completed commitments count against capacity and need. */
public enum CommitmentStatus {
    /** Committed; implementation has not started. */
    ACTIVE,
    IMPLEMENTING,
    COMPLETED,
    CANCELLED;

    /** True when the amount counts against the offer's capacity and the request's need. */
    public boolean counts() {
        return this != CANCELLED;
    }
}
