package org.clearinghouse.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalDecision;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/**
 * Reads the append-only history of decisions (there is no way to change it): the secretariat reads all of it, a
 * recipient State what concerns its requests, a donor what concerns its offers; anything else is 403.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DecisionHistoryService {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    /** Every decision on one proposal, oldest first. */
    public List<DecisionView> ofProposal(Caller caller, long proposalId) {
        Proposal proposal = em.find(Proposal.class, proposalId);
        if (proposal == null) {
            throw new NotFoundException("Proposal", proposalId);
        }
        ProposalAccess.require(caller, proposal);
        return em.createQuery("SELECT d FROM ProposalDecision d WHERE d.proposal.id = :id ORDER BY d.decidedAt, d.id",
                ProposalDecision.class).setParameter("id", proposalId).getResultList().stream().map(DecisionView::of).toList();
    }

    /** Every decision the caller may read, newest first. */
    public Page<DecisionView> visible(Caller caller, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.RECIPIENT, Role.DONOR);
        String from = " FROM ProposalDecision d JOIN d.proposal p JOIN p.offer o LEFT JOIN o.donorState ds"
                + " LEFT JOIN o.donorOrganisation dorg";
        String where = caller.isSecretariat() ? ""
                : caller.is(Role.RECIPIENT) ? " WHERE p.request.recipientState.code = :mine"
                : " WHERE (ds.code = :mine OR dorg.code = :mine)";
        var query = em.createQuery("SELECT d" + from + where + " ORDER BY d.decidedAt DESC, d.id DESC", ProposalDecision.class);
        var count = em.createQuery("SELECT COUNT(d)" + from + where, Long.class);
        if (!caller.isSecretariat()) {
            String mine = caller.is(Role.RECIPIENT) ? caller.stateCode() : caller.donorCode();
            query.setParameter("mine", mine);
            count.setParameter("mine", mine);
        }
        List<DecisionView> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(DecisionView::of).toList();
        return new Page<>(items, count.getSingleResult(), page.page(), page.size());
    }
}
