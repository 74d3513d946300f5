package org.clearinghouse.review.application;

import org.clearinghouse.review.domain.Party;
import org.clearinghouse.review.domain.Proposal;
import org.clearinghouse.review.domain.ProposalState;

/** A proposal moved from one state to another by someone's decision; fired inside the deciding transaction. */
public record ProposalDecided(Proposal proposal, ProposalState from, ProposalState to, Party party, String decidedBy) {
}
