package org.clearinghouse.review.domain;

/** The secretariat's decision on a proposal; SUPERSEDED when a later run replaced it. */
public enum ProposalState {
    PROPOSED,
    ACCEPTED,
    REJECTED,
    SUPERSEDED
}
