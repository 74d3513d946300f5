package org.clearinghouse.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.commitments.domain.Rejection;
import org.clearinghouse.commitments.domain.RejectionParty;
import org.clearinghouse.commitments.domain.RejectionRepository;
import org.clearinghouse.platform.problem.ConflictProblem;
import org.clearinghouse.platform.problem.FieldErrors;
import org.clearinghouse.platform.problem.NotFoundProblem;
import org.clearinghouse.review.domain.Proposal;
import org.clearinghouse.review.domain.ProposalState;

/**
 * The secretariat's decisions on proposals: accept (kept by later runs) or reject with a reason (the pair becomes
 * a rejection and is never proposed again). Decisions name the version they were made on.
 */
@ApplicationScoped
@Transactional
public class ProposalReviewService {

    /** A decision on one proposal. */
    public enum Action { ACCEPT, REJECT }

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    @Inject
    RejectionRepository rejections;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProposalView get(Caller caller, long id) {
        caller.requireAnyRole(Role.SECRETARIAT);
        return ProposalView.of(find(id));
    }

    public ProposalView decide(Caller caller, long id, String action, String reason, Long version) {
        caller.requireAnyRole(Role.SECRETARIAT);
        FieldErrors errors = new FieldErrors();
        Action decision = errors.code("action", action, Action.class);
        if (decision == Action.REJECT && (reason == null || reason.isBlank())) {
            errors.add("reason", "is required when rejecting: say why, so that the parties understand.");
        }
        errors.throwIfAny();
        Proposal proposal = find(id);
        if (version != null && version != proposal.getVersion()) {
            throw ConflictProblem.staleVersion("Proposal", id, version, proposal.getVersion());
        }
        return ProposalView.of(apply(caller, proposal, decision, reason));
    }

    /** Accepts every PROPOSED proposal of a run; returns how many. */
    public int acceptAll(Caller caller, long runId) {
        caller.requireAnyRole(Role.SECRETARIAT);
        List<Proposal> open = em.createQuery("SELECT p FROM Proposal p WHERE p.run.id = :run AND p.state = :proposed",
                Proposal.class).setParameter("run", runId).setParameter("proposed", ProposalState.PROPOSED).getResultList();
        open.forEach(p -> apply(caller, p, Action.ACCEPT, null));
        return open.size();
    }

    private Proposal apply(Caller caller, Proposal proposal, Action decision, String reason) {
        if (proposal.getState() != ProposalState.PROPOSED && !(proposal.getState() == ProposalState.ACCEPTED && decision == Action.REJECT)) {
            throw new ConflictProblem("Proposal " + proposal.getId() + " is " + proposal.getState() + "; only a PROPOSED"
                    + " proposal can be accepted, and a PROPOSED or ACCEPTED one rejected.");
        }
        if (decision == Action.ACCEPT) {
            proposal.decide(ProposalState.ACCEPTED, caller.username(), RunStore.now(), reason);
        } else {
            proposal.decide(ProposalState.REJECTED, caller.username(), RunStore.now(), reason);
            long requestId = proposal.getRequest().getId();
            long offerId = proposal.getOffer().getId();
            if (!rejections.isRejected(requestId, offerId)) {
                rejections.add(new Rejection(proposal.getRequest(), proposal.getOffer(), RejectionParty.SECRETARIAT,
                        caller.username(), reason));
            }
        }
        proposal.setActingUser(caller.username());
        em.flush();
        return proposal;
    }

    private Proposal find(long id) {
        Proposal proposal = em.find(Proposal.class, id);
        if (proposal == null) {
            throw new NotFoundProblem("Proposal", id);
        }
        return proposal;
    }
}
