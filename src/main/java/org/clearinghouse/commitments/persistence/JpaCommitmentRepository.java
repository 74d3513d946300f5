package org.clearinghouse.commitments.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.CommitmentRepository;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.offers.domain.OfferCommitments;
import org.clearinghouse.shared.persistence.Repositories;

/** {@link CommitmentRepository} (and so the offers' {@link OfferCommitments}) over JPA. */
@ApplicationScoped
public class JpaCommitmentRepository implements CommitmentRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaCommitmentRepository() {
    }

    JpaCommitmentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Commitment> findById(long id) {
        return Optional.ofNullable(em.find(Commitment.class, id));
    }

    @Override
    public Commitment save(Commitment commitment) {
        return Repositories.save(em, commitment, commitment.getId() == null);
    }

    @Override
    public List<Commitment> findByRequest(long requestId) {
        return em.createQuery("SELECT c FROM Commitment c WHERE c.request.id = :id ORDER BY c.id", Commitment.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    @Override
    public List<Commitment> findByOffer(long offerId) {
        return em.createQuery("SELECT c FROM Commitment c WHERE c.offer.id = :id ORDER BY c.id", Commitment.class)
                .setParameter("id", offerId)
                .getResultList();
    }

    @Override
    public List<Commitment> findCounting() {
        return em.createQuery("SELECT c FROM Commitment c WHERE c.status <> :cancelled ORDER BY c.id",
                        Commitment.class)
                .setParameter("cancelled", CommitmentStatus.CANCELLED)
                .getResultList();
    }

    @Override
    public long committedToRequest(long requestId) {
        return single("SELECT SUM(c.amountUsd) FROM Commitment c WHERE c.request.id = :id AND c.status <> :cancelled",
                requestId);
    }

    @Override
    public long committedFrom(long offerId) {
        return single("SELECT SUM(c.amountUsd) FROM Commitment c WHERE c.offer.id = :id AND c.status <> :cancelled",
                offerId);
    }

    @Override
    public Map<Long, Long> committedFrom(Collection<Long> offerIds) {
        Map<Long, Long> sums = new HashMap<>();
        if (offerIds.isEmpty()) {
            return sums;
        }
        em.createQuery("SELECT c.offer.id, SUM(c.amountUsd) FROM Commitment c WHERE c.offer.id IN :ids"
                        + " AND c.status <> :cancelled GROUP BY c.offer.id", Object[].class)
                .setParameter("ids", offerIds)
                .setParameter("cancelled", CommitmentStatus.CANCELLED)
                .getResultList()
                .forEach(row -> sums.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return sums;
    }

    @Override
    public long largestCommitmentFrom(long offerId) {
        return single("SELECT MAX(c.amountUsd) FROM Commitment c WHERE c.offer.id = :id AND c.status <> :cancelled",
                offerId);
    }

    private long single(String jpql, long id) {
        Long sum = em.createQuery(jpql, Long.class)
                .setParameter("id", id)
                .setParameter("cancelled", CommitmentStatus.CANCELLED)
                .getSingleResult();
        return sum == null ? 0L : sum;
    }
}
