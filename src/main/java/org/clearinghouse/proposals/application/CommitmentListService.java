package org.clearinghouse.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.CommitmentRepository;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalRepository;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/**
 * The commitments a reader may follow: the secretariat all, a recipient its State's, a donor those drawing on its
 * offers; sortable by a whitelist of fields, newest first by default.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitmentListService {

    @Inject
    CommitmentRepository commitments;

    @Inject
    ProposalRepository proposals;

    public Page<CommitmentView> list(Caller caller, CommitmentStatus status, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.RECIPIENT, Role.DONOR);
        return commitments
                .findFollowedBy(caller.partyScope(), status, page)
                .map(c -> CommitmentView.of(c, proposalOf(c)));
    }

    private Proposal proposalOf(Commitment commitment) {
        return proposals.findByCommitment(commitment.getId()).orElse(null);
    }
}
