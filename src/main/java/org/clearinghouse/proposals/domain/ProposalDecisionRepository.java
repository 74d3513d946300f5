package org.clearinghouse.proposals.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.clearinghouse.shared.domain.PartyScope;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** Appends to and reads the history of decisions on proposals (never changed once written). */
public interface ProposalDecisionRepository {

    /** Records a decision, flushed at once (with every other pending change of the transaction). */
    ProposalDecision add(ProposalDecision decision);

    /** Every decision on one proposal, oldest first. */
    List<ProposalDecision> findByProposal(long proposalId);

    /** Every decision on the given proposals by proposal id, each proposal's oldest first (one query for a page). */
    Map<Long, List<ProposalDecision>> findByProposals(Collection<Long> proposalIds);

    /**
     * One page of the decisions a party may read (the secretariat all, a recipient State those on proposals for its
     * requests, a donor those on proposals of its offers), newest first.
     */
    Page<ProposalDecision> findVisibleTo(PartyScope scope, PageRequest page);
}
