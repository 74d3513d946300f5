package org.clearinghouse.dialogue.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestRepository;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * Who reads which thread. Anonymous callers get 401 and administrators 403. A record the caller may not see answers
 * 404, as an unknown one does, so that nobody learns that it exists: a request is seen by the secretariat, its own
 * State, and donors once validated; a proposal by its three parties.
 */
@ApplicationScoped
class ThreadAccess {

    /** The statuses of a validated request: donors see it and its thread is open. */
    static final Set<RequestStatus> VALIDATED =
            EnumSet.of(RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED, RequestStatus.FUNDED);

    @Inject
    AssistanceRequestRepository requests;

    @Inject
    ProposalRepository proposals;

    /** The request and the caller's capacity on its thread. */
    RequestThread request(Caller caller, long id) {
        requireParticipantRole(caller);
        AssistanceRequest request = requests.findById(id).orElseThrow(() -> new NotFoundException("Request", id));
        String state = request.getRecipientState().getCode();
        if (caller.isSecretariat()) {
            return new RequestThread(request, new ThreadReader(Party.SECRETARIAT, null, null));
        }
        if (caller.isRecipientOf(state)) {
            return new RequestThread(request, new ThreadReader(Party.RECIPIENT, state, null));
        }
        if (caller.is(Role.DONOR) && VALIDATED.contains(request.getStatus())) {
            return new RequestThread(request, new ThreadReader(Party.DONOR, caller.donorCode(), caller.donorCode()));
        }
        throw new NotFoundException("Request", id);
    }

    /** The proposal and the caller's capacity on its thread. */
    ProposalThread proposal(Caller caller, long id) {
        requireParticipantRole(caller);
        Proposal proposal = proposals.findById(id).orElseThrow(() -> new NotFoundException("Proposal", id));
        String state = proposal.getRequest().getRecipientState().getCode();
        if (caller.isSecretariat()) {
            return new ProposalThread(proposal, new ThreadReader(Party.SECRETARIAT, null, null));
        }
        if (caller.isRecipientOf(state)) {
            return new ProposalThread(proposal, new ThreadReader(Party.RECIPIENT, state, null));
        }
        if (caller.isDonor(proposal.getOffer().donorCode())) {
            return new ProposalThread(proposal, new ThreadReader(Party.DONOR, caller.donorCode(), null));
        }
        throw new NotFoundException("Proposal", id);
    }

    private static void requireParticipantRole(Caller caller) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.RECIPIENT, Role.DONOR);
    }

    /** A request with the caller's capacity on its thread. */
    record RequestThread(AssistanceRequest request, ThreadReader reader) {}

    /** A proposal with the caller's capacity on its thread. */
    record ProposalThread(Proposal proposal, ThreadReader reader) {}
}
