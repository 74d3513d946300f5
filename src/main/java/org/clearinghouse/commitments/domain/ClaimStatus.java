package org.clearinghouse.commitments.domain;

/**
 * Where funding recorded against a State stands. What the secretariat records counts at once; what a donor records
 * is a claim until the State or the secretariat decides. Only {@link #CONFIRMED} funding counts in matching.
 */
public enum ClaimStatus {
    /** Recorded by a donor; the State or the secretariat has not decided yet. Counts for nothing. */
    CLAIMED,
    /** Confirmed by the State or the secretariat (or recorded by the secretariat): counts. */
    CONFIRMED,
    /** Disputed by the State or the secretariat, with a reason: counts for nothing. */
    DISPUTED;

    /** Whether the State or the secretariat may still confirm: a claim, or a disputed one on second thoughts. */
    public boolean confirmable() {
        return this != CONFIRMED;
    }

    /** Whether the State or the secretariat may dispute: only an undecided claim. */
    public boolean disputable() {
        return this == CLAIMED;
    }
}
