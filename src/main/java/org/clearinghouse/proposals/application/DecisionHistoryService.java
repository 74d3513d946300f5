package org.clearinghouse.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The histories of several proposals at once (a page of a table), each oldest first, by proposal id: two queries
     * instead of two per proposal. Every proposal must concern the caller, as for {@link #ofProposal}.
     */
    public Map<Long, List<DecisionView>> ofProposals(Caller caller, Collection<Long> proposalIds) {
        ProposalAccess.requireTakingPart(caller);
        Map<Long, List<DecisionView>> histories = new HashMap<>();
        for (Proposal proposal : proposals.findByIds(proposalIds)) {
            ProposalAccess.require(caller, proposal);
            histories.put(proposal.getId(), List.of());
        }
        for (Long id : proposalIds) {
            if (!histories.containsKey(id)) {
                throw new NotFoundException("Proposal", id);
            }
        }
        decisions
                .findByProposals(histories.keySet())
                .forEach((id, history) ->
                        histories.put(id, history.stream().map(DecisionView::of).toList()));
        return histories;
    }

    /** Every decision the caller may read, newest first. */
    public Page<DecisionView> visible(Caller caller, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.RECIPIENT, Role.DONOR);
        return decisions.findVisibleTo(caller.partyScope(), page).map(DecisionView::of);
    }
}
