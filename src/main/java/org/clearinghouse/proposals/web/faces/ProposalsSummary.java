package org.clearinghouse.proposals.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.proposals.application.ProposalReviewService;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.shared.paging.PageRequest;

/** For the home pages of recipients and donors: how many endorsed proposals wait for the reader's decision. */
@Named
@RequestScoped
public class ProposalsSummary {

    @Inject
    ProposalReviewService review;

    @Inject
    Instance<Caller> caller;

    private Long awaiting;

    /** Endorsed proposals, and those the other party has accepted already. */
    public long getAwaiting() {
        if (awaiting == null) {
            Caller me = caller.get();
            ProposalState otherAccepted =
                    me.is(Role.DONOR) ? ProposalState.RECIPIENT_ACCEPTED : ProposalState.DONOR_ACCEPTED;
            awaiting = count(me, ProposalState.ENDORSED) + count(me, otherAccepted);
        }
        return awaiting;
    }

    private long count(Caller me, ProposalState state) {
        return review.list(me, state, PageRequest.of(0, 1)).total();
    }
}
