package org.clearinghouse.proposals.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import org.clearinghouse.proposals.domain.ProposalDecision;

/** One entry of a proposal's history: who decided what, as which party, when (UTC), from which state to which, why. */
public record DecisionView(
        long id,
        long proposalId,
        String action,
        String fromState,
        String toState,
        String party,
        String decidedBy,
        String reason,
        String decidedAt) {

    public static DecisionView of(ProposalDecision d) {
        return new DecisionView(
                d.getId(),
                d.getProposal().getId(),
                d.getAction().name(),
                d.getFromState().name(),
                d.getToState().name(),
                d.getParty().name(),
                d.getDecidedBy(),
                d.getReason(),
                utc(d.getDecidedAt()));
    }
}
