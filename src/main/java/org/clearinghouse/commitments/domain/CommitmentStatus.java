package org.clearinghouse.commitments.domain;

/** Life cycle of a commitment. Active and completed commitments count against capacity and need. */
public enum CommitmentStatus {
    ACTIVE,
    COMPLETED,
    CANCELLED;

    /** True when the amount counts against the offer's capacity and the request's need. */
    public boolean counts() {
        return this != CANCELLED;
    }
}
