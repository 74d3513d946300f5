package org.clearinghouse.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.notifications.domain.InboxEntry;
import org.clearinghouse.review.application.ProposalDecided;
import org.clearinghouse.review.domain.DecisionAction;
import org.clearinghouse.review.domain.Party;
import org.clearinghouse.review.domain.Proposal;
import org.clearinghouse.review.domain.ProposalLifecycle;
import org.clearinghouse.shared.persistence.Page;
import org.clearinghouse.shared.persistence.PageRequest;

/**
 * The inbox. On every decision (synchronously, in the deciding transaction: no decision without its entries, no
 * entry without its decision) each party other than the one who decided gets "a decision is needed from you" when it
 * may now endorse or accept, else "a proposal involving you changed state".
 */
@ApplicationScoped
@Transactional
public class InboxService {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    void onDecision(@Observes ProposalDecided event) {
        Proposal p = event.proposal();
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS);
        for (Party party : Party.values()) {
            if (party == event.party()) {
                continue;
            }
            List<DecisionAction> possible = ProposalLifecycle.actions(event.to(), party);
            boolean needed = possible.contains(DecisionAction.ENDORSE) || possible.contains(DecisionAction.ACCEPT);
            String about = "Proposal " + p.getId() + " (" + p.getRequest().getTitle() + ", " + p.getAmountUsd()
                    + " USD from " + p.getOffer().donorCode() + ")";
            String message = needed
                    ? about + " awaits your decision: " + possible + "."
                    : about + " moved from " + event.from() + " to " + event.to() + " by " + event.decidedBy() + ".";
            String code = switch (party) {
                case SECRETARIAT -> null;
                case RECIPIENT -> p.getRequest().getRecipientState().getCode();
                case DONOR -> p.getOffer().donorCode();
            };
            em.persist(new InboxEntry(party, code, p.getId(),
                    needed ? InboxEntry.Kind.DECISION_NEEDED : InboxEntry.Kind.STATE_CHANGED, message, now));
        }
    }

    /** The caller's party's entries, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InboxView> inbox(Caller caller, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.RECIPIENT, Role.DONOR);
        Party party = caller.isSecretariat() ? Party.SECRETARIAT : caller.is(Role.RECIPIENT) ? Party.RECIPIENT : Party.DONOR;
        String code = caller.is(Role.RECIPIENT) ? caller.stateCode() : caller.donorCode();
        String where = " WHERE e.addressee = :party" + (party == Party.SECRETARIAT ? "" : " AND e.addresseeCode = :code");
        var query = em.createQuery("SELECT e FROM InboxEntry e" + where + " ORDER BY e.createdAt DESC, e.id DESC",
                InboxEntry.class).setParameter("party", party);
        var count = em.createQuery("SELECT COUNT(e) FROM InboxEntry e" + where, Long.class).setParameter("party", party);
        if (party != Party.SECRETARIAT) {
            query.setParameter("code", code);
            count.setParameter("code", code);
        }
        List<InboxView> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(InboxView::of).toList();
        return new Page<>(items, count.getSingleResult(), page.page(), page.size());
    }
}
