package org.clearinghouse.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.proposals.domain.DecisionAction;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.reporting.domain.DashboardRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.RequestStatus;

/** {@link DashboardRepository} over JPA. */
@ApplicationScoped
public class JpaDashboardRepository implements DashboardRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaDashboardRepository() {}

    public JpaDashboardRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<AssistanceRequest> findRequests(Set<RequestStatus> statuses, boolean publishedOnly) {
        return em.createQuery(
                        "SELECT r FROM AssistanceRequest r WHERE r.status IN :counted"
                                + (publishedOnly ? " AND r.publishSummaryConsent = TRUE" : "") + " ORDER BY r.id",
                        AssistanceRequest.class)
                .setParameter("counted", statuses)
                .getResultList();
    }

    @Override
    public List<Commitment> findCommitmentsNotCancelled() {
        return em.createQuery("SELECT c FROM Commitment c WHERE c.status <> :cancelled", Commitment.class)
                .setParameter("cancelled", CommitmentStatus.CANCELLED)
                .getResultList();
    }

    @Override
    public List<Proposal> findEverEndorsed() {
        return em.createQuery(
                        // the proposals as the query's root: selecting d.proposal breaks their batch-read relations
                        "SELECT p FROM Proposal p WHERE EXISTS (SELECT d FROM ProposalDecision d"
                                + " WHERE d.proposal = p AND d.action = :endorse)",
                        Proposal.class)
                .setParameter("endorse", DecisionAction.ENDORSE)
                .getResultList();
    }

    @Override
    public List<AssistanceOffer> findOffersNotDraft() {
        return em.createQuery("SELECT o FROM AssistanceOffer o WHERE o.status <> :draft", AssistanceOffer.class)
                .setParameter("draft", OfferStatus.DRAFT)
                .getResultList();
    }
}
