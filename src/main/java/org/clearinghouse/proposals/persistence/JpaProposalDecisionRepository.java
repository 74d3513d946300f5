package org.clearinghouse.proposals.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearinghouse.proposals.domain.ProposalDecision;
import org.clearinghouse.proposals.domain.ProposalDecisionRepository;
import org.clearinghouse.shared.domain.PartyScope;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.persistence.PagedQuery;
import org.clearinghouse.shared.persistence.PartyCondition;

/** {@link ProposalDecisionRepository} over JPA. */
@ApplicationScoped
public class JpaProposalDecisionRepository implements ProposalDecisionRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaProposalDecisionRepository() {}

    public JpaProposalDecisionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public ProposalDecision add(ProposalDecision decision) {
        em.persist(decision);
        em.flush();
        return decision;
    }

    @Override
    public List<ProposalDecision> findByProposal(long proposalId) {
        return em.createQuery(
                        "SELECT d FROM ProposalDecision d WHERE d.proposal.id = :id ORDER BY d.decidedAt, d.id",
                        ProposalDecision.class)
                .setParameter("id", proposalId)
                .getResultList();
    }

    @Override
    public Map<Long, List<ProposalDecision>> findByProposals(Collection<Long> proposalIds) {
        Map<Long, List<ProposalDecision>> byProposal = new LinkedHashMap<>();
        if (proposalIds.isEmpty()) {
            return byProposal;
        }
        // the proposal's id from the row itself: d.getProposal() would read each (lazy) proposal on its own
        for (Object[] row : em.createQuery(
                        "SELECT d.proposal.id, d FROM ProposalDecision d WHERE d.proposal.id IN :ids"
                                + " ORDER BY d.proposal.id, d.decidedAt, d.id",
                        Object[].class)
                .setParameter("ids", proposalIds)
                .getResultList()) {
            byProposal
                    .computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add((ProposalDecision) row[1]);
        }
        return byProposal;
    }

    @Override
    public Page<ProposalDecision> findVisibleTo(PartyScope scope, PageRequest page) {
        String from = " FROM ProposalDecision d JOIN d.proposal p JOIN p.offer o" + PartyCondition.DONOR_JOINS;
        String where = " WHERE 1 = 1" + PartyCondition.and(scope, "p.request.recipientState.code");
        var query = PagedQuery.of(em, ProposalDecision.class, "d", from + where, "d.decidedAt DESC, d.id DESC");
        return PartyCondition.bound(scope, query).read(page);
    }
}
