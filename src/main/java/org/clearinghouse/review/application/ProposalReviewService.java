package org.clearinghouse.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.platform.problem.FieldErrors;
import org.clearinghouse.platform.problem.NotFoundProblem;
import org.clearinghouse.review.domain.DecisionAction;
import org.clearinghouse.review.domain.Party;
import org.clearinghouse.review.domain.Proposal;
import org.clearinghouse.review.domain.ProposalState;
import org.clearinghouse.shared.persistence.Page;
import org.clearinghouse.shared.persistence.PageRequest;

/**
 * Decisions on proposals along their lifecycle ({@link org.clearinghouse.review.domain.ProposalLifecycle}): the
 * secretariat endorses or rejects, the recipient State and the donor accept or decline each on its own, the second
 * acceptance commits; then implementation starts, completes or is cancelled. The acting caller's role decides whose
 * decision it is. A decision names the version it was made on (stale: 409); the proposal row is locked while
 * deciding, so of two simultaneous decisions one wins and the other finds the new state or version (409).
 */
@ApplicationScoped
@Transactional
public class ProposalReviewService {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    @Inject
    LifecycleEffects effects;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProposalView get(Caller caller, long id) {
        Proposal proposal = find(id, false);
        return ProposalView.of(proposal, ProposalAccess.require(caller, proposal));
    }

    /** The proposals that concern the caller (all for the secretariat), newest first, optionally in one state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProposalView> list(Caller caller, ProposalState state, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.RECIPIENT, Role.DONOR);
        StringBuilder where = new StringBuilder("p.state <> :superseded");
        if (state != null) {
            where.append(" AND p.state = :state");
        }
        if (caller.is(Role.RECIPIENT)) {
            where.append(" AND p.request.recipientState.code = :mine");
        } else if (caller.is(Role.DONOR)) {
            where.append(" AND (ds.code = :mine OR dorg.code = :mine)");
        }
        String from = " FROM Proposal p JOIN p.offer o LEFT JOIN o.donorState ds LEFT JOIN o.donorOrganisation dorg WHERE ";
        var query = em.createQuery("SELECT p" + from + where + " ORDER BY p.id DESC", Proposal.class);
        var count = em.createQuery("SELECT COUNT(p)" + from + where, Long.class);
        for (var q : List.of(query, count)) {
            q.setParameter("superseded", ProposalState.SUPERSEDED);
            if (state != null) {
                q.setParameter("state", state);
            }
            if (!caller.isSecretariat()) {
                q.setParameter("mine", caller.is(Role.RECIPIENT) ? caller.stateCode() : caller.donorCode());
            }
        }
        List<Proposal> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items.stream().map(p -> ProposalView.of(p, ProposalAccess.partyOf(caller, p).orElseThrow())).toList(),
                count.getSingleResult(), page.page(), page.size());
    }

    /**
     * Applies {@code action} by the caller. The secretariat's {@code ACCEPT} of earlier versions of the API means
     * ENDORSE. REJECT, DECLINE and CANCEL need a reason.
     */
    public ProposalView decide(Caller caller, long id, String action, String reason, Long version) {
        caller.requireSignedIn();
        FieldErrors errors = new FieldErrors();
        DecisionAction decision = errors.code("action", action, DecisionAction.class);
        if (decision == DecisionAction.ACCEPT && caller.isSecretariat()) {
            decision = DecisionAction.ENDORSE;
        }
        if (decision != null && decision.needsReason() && (reason == null || reason.isBlank())) {
            errors.add("reason", "is required to " + decision.name().toLowerCase() + ": say why, so that the parties"
                    + " understand.");
        }
        if (reason != null && reason.length() > 2000) {
            errors.add("reason", "must be at most 2000 characters.");
        }
        errors.throwIfAny();
        Proposal proposal = find(id, true);
        Party party = ProposalAccess.require(caller, proposal);
        proposal.checkVersion("Proposal", id, version);
        effects.apply(caller.username(), party, proposal, decision, blankToNull(reason));
        return ProposalView.of(proposal, party);
    }

    /** Endorses every PROPOSED proposal of a run; returns how many. */
    public int acceptAll(Caller caller, long runId) {
        caller.requireAnyRole(Role.SECRETARIAT);
        List<Proposal> open = em.createQuery("SELECT p FROM Proposal p WHERE p.run.id = :run AND p.state = :proposed",
                        Proposal.class).setParameter("run", runId).setParameter("proposed", ProposalState.PROPOSED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        open.forEach(p -> effects.apply(caller.username(), Party.SECRETARIAT, p, DecisionAction.ENDORSE, null));
        return open.size();
    }

    private Proposal find(long id, boolean forUpdate) {
        Proposal proposal = forUpdate ? em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Proposal.class, id);
        if (proposal == null) {
            throw new NotFoundProblem("Proposal", id);
        }
        return proposal;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
