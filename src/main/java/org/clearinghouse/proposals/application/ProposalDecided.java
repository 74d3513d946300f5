package org.clearinghouse.proposals.application;

import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.shared.domain.Party;

/** A proposal moved from one state to another by someone's decision; fired inside the deciding transaction. */
public record ProposalDecided(Proposal proposal, ProposalState from, ProposalState to, Party party, String decidedBy) {}
