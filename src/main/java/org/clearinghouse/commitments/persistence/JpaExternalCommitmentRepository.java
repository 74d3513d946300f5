package org.clearinghouse.commitments.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearinghouse.commitments.domain.ClaimStatus;
import org.clearinghouse.commitments.domain.ExternalCommitment;
import org.clearinghouse.commitments.domain.ExternalCommitmentRepository;
import org.clearinghouse.shared.persistence.Repositories;

/** {@link ExternalCommitmentRepository} over JPA. */
@ApplicationScoped
public class JpaExternalCommitmentRepository implements ExternalCommitmentRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaExternalCommitmentRepository() {}

    public JpaExternalCommitmentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ExternalCommitment> findById(long id) {
        return Optional.ofNullable(em.find(ExternalCommitment.class, id));
    }

    @Override
    public void delete(ExternalCommitment commitment) {
        em.remove(em.contains(commitment) ? commitment : em.merge(commitment));
        em.flush();
    }

    @Override
    public ExternalCommitment save(ExternalCommitment commitment) {
        return Repositories.save(em, commitment, commitment.getId() == null);
    }

    @Override
    public List<ExternalCommitment> find(String stateCode) {
        if (stateCode == null) {
            return em.createQuery("SELECT e FROM ExternalCommitment e ORDER BY e.id DESC", ExternalCommitment.class)
                    .getResultList();
        }
        return em.createQuery(
                        "SELECT e FROM ExternalCommitment e WHERE e.state.code = :state ORDER BY e.id DESC",
                        ExternalCommitment.class)
                .setParameter("state", stateCode)
                .getResultList();
    }

    @Override
    public Map<Long, Long> linkedAmountsByRequest() {
        Map<Long, Long> sums = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT e.request.id, SUM(e.amountUsd) FROM ExternalCommitment e"
                                + " WHERE e.request IS NOT NULL AND e.claimStatus = :confirmed GROUP BY e.request.id",
                        Object[].class)
                .setParameter("confirmed", ClaimStatus.CONFIRMED)
                .getResultList()) {
            sums.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return sums;
    }

    @Override
    public long confirmedAmountLinkedTo(long requestId) {
        Long sum = em.createQuery(
                        "SELECT SUM(e.amountUsd) FROM ExternalCommitment e"
                                + " WHERE e.request.id = :request AND e.claimStatus = :confirmed",
                        Long.class)
                .setParameter("request", requestId)
                .setParameter("confirmed", ClaimStatus.CONFIRMED)
                .getSingleResult();
        return sum == null ? 0L : sum;
    }
}
