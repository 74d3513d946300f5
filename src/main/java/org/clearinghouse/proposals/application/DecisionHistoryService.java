package org.clearinghouse.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalDecisionRepository;
import org.clearinghouse.proposals.domain.ProposalRepository;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/**
 * Reads the append-only history of decisions (there is no way to change it): the secretariat reads all of it, a
 * recipient State what concerns its requests, a donor what concerns its offers; anything else is 403.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DecisionHistoryService {

    @Inject
    ProposalRepository proposals;

    @Inject
    ProposalDecisionRepository decisions;

    /** Every decision on one proposal, oldest first. */
    public List<DecisionView> ofProposal(Caller caller, long proposalId) {
        ProposalAccess.requireTakingPart(caller);
        Proposal proposal =
                proposals.findById(proposalId).orElseThrow(() -> new NotFoundException("Proposal", proposalId));
        ProposalAccess.require(caller, proposal);
        return decisions.findByProposal(proposalId).stream()
                .map(DecisionView::of)
                .toList();
    }

    /** Every decision the caller may read, newest first. */
    public Page<DecisionView> visible(Caller caller, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.RECIPIENT, Role.DONOR);
        return decisions.findVisibleTo(caller.partyScope(), page).map(DecisionView::of);
    }
}
