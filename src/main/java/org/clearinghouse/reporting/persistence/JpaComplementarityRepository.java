package org.clearinghouse.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clearinghouse.commitments.domain.ClaimStatus;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.commitments.domain.ExternalCommitment;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.reporting.domain.ComplementarityRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.RequestStatus;

/** {@link ComplementarityRepository} over JPA. */
@ApplicationScoped
public class JpaComplementarityRepository implements ComplementarityRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaComplementarityRepository() {}

    public JpaComplementarityRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<State> findState(String code) {
        return em.createQuery("SELECT s FROM State s WHERE s.code = :code", State.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<AssistanceRequest> findRequestsOf(State state, Set<RequestStatus> statuses) {
        return em.createQuery(
                        "SELECT r FROM AssistanceRequest r WHERE r.recipientState = :state AND r.status IN :counted"
                                + " ORDER BY r.id",
                        AssistanceRequest.class)
                .setParameter("state", state)
                .setParameter("counted", statuses)
                .getResultList();
    }

    @Override
    public List<Commitment> findCommitmentsNotCancelledTo(State state) {
        return em.createQuery(
                        "SELECT c FROM Commitment c WHERE c.request.recipientState = :state AND c.status <> :cancelled"
                                + " ORDER BY c.id",
                        Commitment.class)
                .setParameter("state", state)
                .setParameter("cancelled", CommitmentStatus.CANCELLED)
                .getResultList();
    }

    @Override
    public List<ExternalCommitment> findExternalCommitmentsOf(State state) {
        return em.createQuery(
                        "SELECT e FROM ExternalCommitment e WHERE e.state = :state AND e.claimStatus = :confirmed"
                                + " ORDER BY e.id",
                        ExternalCommitment.class)
                .setParameter("state", state)
                .setParameter("confirmed", ClaimStatus.CONFIRMED)
                .getResultList();
    }
}
