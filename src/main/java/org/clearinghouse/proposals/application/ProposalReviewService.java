package org.clearinghouse.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.proposals.domain.DecisionAction;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalRepository;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/**
 * Decisions on proposals along their lifecycle ({@link org.clearinghouse.proposals.domain.ProposalLifecycle}): the
 * secretariat endorses or rejects, the recipient State and the donor accept or decline each on its own, the second
 * acceptance commits; then implementation starts, completes or is cancelled. The acting caller's role decides whose
 * decision it is. A decision names the version it was made on (stale: 409); the proposal row is locked while
 * deciding, so of two simultaneous decisions one wins and the other finds the new state or version (409).
 */
@ApplicationScoped
@Transactional
public class ProposalReviewService {

    @Inject
    ProposalRepository proposals;

    @Inject
    LifecycleEffects effects;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProposalView get(Caller caller, long id) {
        ProposalAccess.requireTakingPart(caller);
        Proposal proposal = find(id, false);
        return ProposalView.of(proposal, ProposalAccess.require(caller, proposal));
    }

    /** The proposals that concern the caller (all for the secretariat), newest first, optionally in one state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProposalView> list(Caller caller, ProposalState state, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.RECIPIENT, Role.DONOR);
        return proposals
                .findConcerning(caller.partyScope(), state, page)
                .map(p -> ProposalView.of(p, ProposalAccess.partyOf(caller, p).orElseThrow()));
    }

    /**
     * Applies {@code action} by the caller. The secretariat's {@code ACCEPT} of earlier versions of the API means
     * ENDORSE. REJECT, DECLINE and CANCEL need a reason.
     */
    public ProposalView decide(Caller caller, long id, String action, String reason, Long version) {
        ProposalAccess.requireTakingPart(caller);
        FieldErrors errors = new FieldErrors();
        DecisionAction decision = errors.code("action", action, DecisionAction.class);
        if (decision == DecisionAction.ACCEPT && caller.isSecretariat()) {
            decision = DecisionAction.ENDORSE;
        }
        if (decision != null && decision.needsReason() && (reason == null || reason.isBlank())) {
            errors.add(
                    "reason",
                    "is required to " + decision.name().toLowerCase() + ": say why, so that the parties"
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
        List<Proposal> open = proposals.findProposedInRunForUpdate(runId);
        open.forEach(p -> effects.apply(caller.username(), Party.SECRETARIAT, p, DecisionAction.ENDORSE, null));
        return open.size();
    }

    private Proposal find(long id, boolean forUpdate) {
        return (forUpdate ? proposals.findByIdForUpdate(id) : proposals.findById(id))
                .orElseThrow(() -> new NotFoundException("Proposal", id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
