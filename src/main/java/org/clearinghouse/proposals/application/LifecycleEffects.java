package org.clearinghouse.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.CommitmentRepository;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.commitments.domain.Rejection;
import org.clearinghouse.commitments.domain.RejectionParty;
import org.clearinghouse.commitments.domain.RejectionRepository;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.AssistanceOfferRepository;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.proposals.domain.DecisionAction;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalDecision;
import org.clearinghouse.proposals.domain.ProposalDecisionRepository;
import org.clearinghouse.proposals.domain.ProposalLifecycle;
import org.clearinghouse.proposals.domain.ProposalRepository;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestRepository;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.domain.DatabaseTime;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.errors.ConflictException;

/**
 * One decision and everything it implies, inside the caller's transaction: the move itself (409 when the lifecycle
 * forbids it), the commitment made by the second acceptance (same transaction, within the offer's capacity and the
 * request's need, the request's status following its commitments), the rejection that keeps a turned-down pair out
 * of later runs, the commitment's status, the history entry, and a {@link ProposalDecided} event for the inbox.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LifecycleEffects {

    private static final Set<RequestStatus> FUNDING_STATUSES =
            EnumSet.of(RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED, RequestStatus.FUNDED);

    @Inject
    ProposalRepository proposals;

    @Inject
    ProposalDecisionRepository decisions;

    @Inject
    AssistanceRequestRepository requests;

    @Inject
    AssistanceOfferRepository offers;

    @Inject
    RejectionRepository rejections;

    @Inject
    CommitmentRepository commitments;

    @Inject
    Event<ProposalDecided> decided;

    public ProposalDecision apply(String user, Party party, Proposal proposal, DecisionAction action, String reason) {
        ProposalState from = proposal.getState();
        ProposalState to = ProposalLifecycle.next(from, action, party)
                .orElseThrow(
                        () -> new ConflictException(ProposalLifecycle.refusal(proposal.getId(), from, action, party)));
        LocalDateTime now = DatabaseTime.now();
        switch (to) {
            case REJECTED, DECLINED -> rejectPair(proposal, party, user, reason);
            case COMMITTED -> commit(proposal, user);
            case IMPLEMENTING -> commitmentStatus(proposal, CommitmentStatus.IMPLEMENTING, user);
            case COMPLETED -> commitmentStatus(proposal, CommitmentStatus.COMPLETED, user);
            case CANCELLED -> {
                commitmentStatus(proposal, CommitmentStatus.CANCELLED, user);
                rejectPair(proposal, party, user, reason);
                proposals.flush();
                refreshFunding(proposal.getRequest(), user);
            }
            default -> {}
        }
        proposal.moveTo(to, user, now, reason);
        proposal.setActingUser(user);
        ProposalDecision entry = new ProposalDecision(proposal, action, from, to, party, user, reason, now);
        decisions.add(entry);
        decided.fire(new ProposalDecided(proposal, from, to, party, user));
        return entry;
    }

    private void commit(Proposal proposal, String user) {
        AssistanceRequest request = proposal.getRequest();
        AssistanceOffer offer = proposal.getOffer();
        requests.lockForUpdate(request);
        offers.lockForUpdate(offer);
        if (request.getStatus() != RequestStatus.VALIDATED && request.getStatus() != RequestStatus.PARTIALLY_FUNDED) {
            throw new ConflictException("Proposal " + proposal.getId() + " cannot be committed: request "
                    + request.getId() + " is " + request.getStatus() + ".");
        }
        if (offer.getStatus() != OfferStatus.OPEN) {
            throw new ConflictException("Proposal " + proposal.getId() + " cannot be committed: offer " + offer.getId()
                    + " is " + offer.getStatus() + ".");
        }
        long drawn = commitments.committedFrom(offer.getId());
        if (drawn + proposal.getAmountUsd() > offer.getCapacityUsd()) {
            throw new ConflictException("Proposal " + proposal.getId() + " cannot be committed: offer " + offer.getId()
                    + " has " + (offer.getCapacityUsd() - drawn) + " USD left, the proposal needs "
                    + proposal.getAmountUsd() + " USD.");
        }
        long funded = commitments.committedToRequest(request.getId());
        if (funded + proposal.getAmountUsd() > request.getAmountUsd()) {
            throw new ConflictException("Proposal " + proposal.getId() + " cannot be committed: request "
                    + request.getId() + " needs only " + (request.getAmountUsd() - funded) + " USD more.");
        }
        Commitment commitment = new Commitment(request, offer, proposal.getAmountUsd());
        commitment.madeOnPlatform();
        commitment.setActingUser(user);
        commitments.save(commitment);
        proposal.committedAs(commitment);
        proposals.flush();
        refreshFunding(request, user);
    }

    private void commitmentStatus(Proposal proposal, CommitmentStatus status, String user) {
        Commitment commitment = proposal.getCommitment();
        if (commitment != null && commitment.getStatus() != status) {
            commitment.setStatus(status);
            commitment.setActingUser(user);
        }
    }

    private void rejectPair(Proposal proposal, Party party, String user, String reason) {
        long requestId = proposal.getRequest().getId();
        long offerId = proposal.getOffer().getId();
        if (!rejections.isRejected(requestId, offerId)) {
            rejections.add(new Rejection(
                    proposal.getRequest(), proposal.getOffer(), RejectionParty.valueOf(party.name()), user, reason));
        }
    }

    /** The request's status follows its commitments: none VALIDATED, some PARTIALLY_FUNDED, all FUNDED. */
    void refreshFunding(AssistanceRequest request, String user) {
        if (!FUNDING_STATUSES.contains(request.getStatus())) {
            return;
        }
        long committed = commitments.committedToRequest(request.getId());
        RequestStatus status = committed == 0
                ? RequestStatus.VALIDATED
                : committed >= request.getAmountUsd() ? RequestStatus.FUNDED : RequestStatus.PARTIALLY_FUNDED;
        if (status != request.getStatus()) {
            request.setStatus(status);
            request.setActingUser(user);
        }
    }
}
