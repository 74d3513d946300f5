package org.clearinghouse.proposals.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal stands, from the engine's proposal to the results; see {@link ProposalLifecycle} for the moves.
 * SUPERSEDED: a later run replaced a proposal nobody had decided on yet.
 */
public enum ProposalState {
    /** Made by a matching run; the secretariat has not reviewed it. */
    PROPOSED,
    /** Endorsed by the secretariat; awaits the acceptance of the recipient State and of the donor. */
    ENDORSED,
    /** Accepted by the recipient State; awaits the donor. */
    RECIPIENT_ACCEPTED,
    /** Accepted by the donor; awaits the recipient State. */
    DONOR_ACCEPTED,
    /** Accepted by both: a commitment (source PLATFORM) exists. */
    COMMITTED,
    IMPLEMENTING,
    COMPLETED,
    /** Rejected by the secretariat: the pair is never proposed again. */
    REJECTED,
    /** Declined by the recipient State or the donor: the pair is never proposed again. */
    DECLINED,
    /** A commitment cancelled before completion: the pair is never proposed again. */
    CANCELLED,
    SUPERSEDED;

    private static final Set<ProposalState> AWAITING_PARTIES = EnumSet.of(ENDORSED, RECIPIENT_ACCEPTED, DONOR_ACCEPTED);
    private static final Set<ProposalState> WITH_COMMITMENT = EnumSet.of(COMMITTED, IMPLEMENTING, COMPLETED, CANCELLED);

    /** Endorsed and not yet committed: a later run must keep it exactly (a pinned match). */
    public boolean isPinnedByRuns() {
        return AWAITING_PARTIES.contains(this);
    }

    /** Kept by later runs: never superseded (endorsed ones are pinned, committed ones are commitments). */
    public boolean isKeptByRuns() {
        return this != PROPOSED && this != SUPERSEDED;
    }

    /** Has (or had) a commitment. */
    public boolean hasCommitment() {
        return WITH_COMMITMENT.contains(this);
    }

    /** Nothing can happen to it any more. */
    public boolean isFinal() {
        return this == COMPLETED || this == REJECTED || this == DECLINED || this == CANCELLED || this == SUPERSEDED;
    }
}
