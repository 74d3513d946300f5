package org.clearinghouse.commitments.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import org.clearinghouse.offers.domain.OfferDraws;
import org.clearinghouse.shared.domain.PartyScope;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;
import org.clearinghouse.shared.persistence.PagedQuery;
import org.clearinghouse.shared.persistence.PartyCondition;
import org.clearinghouse.shared.persistence.Repositories;

/** {@link CommitmentRepository} (and so the offers' {@link OfferCommitments}) over JPA. */
@ApplicationScoped
public class JpaCommitmentRepository implements CommitmentRepository {

    /** Sort fields a table may ask for, and the JPQL path each one means. */
    static final Map<String, String> SORTS = Map.of(
            "id",
            "c.id",
            "requestTitle",
            "c.request.title",
            "amountUsd",
            "c.amountUsd",
            "disbursedUsd",
            "c.disbursedUsd",
            "progressPercent",
            "c.progressPercent",
            "status",
            "c.status",
            "createdAt",
            "c.createdAt");

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    @Inject
    Instance<OfferDraws> draws;

    public JpaCommitmentRepository() {}

    public JpaCommitmentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Commitment> findById(long id) {
        return Optional.ofNullable(em.find(Commitment.class, id));
    }

    @Override
    public Optional<Commitment> findByIdForUpdate(long id) {
        return Optional.ofNullable(em.find(Commitment.class, id, LockModeType.PESSIMISTIC_WRITE));
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
        return em.createQuery("SELECT c FROM Commitment c WHERE c.status <> :cancelled ORDER BY c.id", Commitment.class)
                .setParameter("cancelled", CommitmentStatus.CANCELLED)
                .getResultList();
    }

    @Override
    public long committedToRequest(long requestId) {
        return single(
                "SELECT SUM(c.amountUsd) FROM Commitment c WHERE c.request.id = :id AND c.status <> :cancelled",
                requestId);
    }

    /** Includes what other features draw from the offer ({@link OfferDraws}: fellowship seats). */
    @Override
    public long committedFrom(long offerId) {
        return single(
                        "SELECT SUM(c.amountUsd) FROM Commitment c WHERE c.offer.id = :id AND c.status <> :cancelled",
                        offerId)
                + otherDraws().stream().mapToLong(d -> d.drawnFrom(offerId)).sum();
    }

    @Override
    public Map<Long, Long> committedFrom(Collection<Long> offerIds) {
        Map<Long, Long> sums = new HashMap<>();
        if (offerIds.isEmpty()) {
            return sums;
        }
        em.createQuery(
                        "SELECT c.offer.id, SUM(c.amountUsd) FROM Commitment c WHERE c.offer.id IN :ids"
                                + " AND c.status <> :cancelled GROUP BY c.offer.id",
                        Object[].class)
                .setParameter("ids", offerIds)
                .setParameter("cancelled", CommitmentStatus.CANCELLED)
                .getResultList()
                .forEach(row -> sums.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        otherDraws().forEach(d -> d.drawnFrom(offerIds).forEach((id, sum) -> sums.merge(id, sum, Long::sum)));
        return sums;
    }

    /** What other features draw from offers; none when the repository is made by hand (tests). */
    private List<OfferDraws> otherDraws() {
        return draws == null ? List.of() : draws.stream().toList();
    }

    @Override
    public long largestCommitmentFrom(long offerId) {
        return single(
                "SELECT MAX(c.amountUsd) FROM Commitment c WHERE c.offer.id = :id AND c.status <> :cancelled", offerId);
    }

    @Override
    public Page<Commitment> findFollowedBy(PartyScope scope, CommitmentStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            where.append(" AND c.status = :status");
        }
        where.append(PartyCondition.and(scope, "c.request.recipientState.code"));
        String order = SORTS.getOrDefault(page.sortField() == null ? "" : page.sortField(), "c.id");
        String direction = page.sortField() == null || page.direction() == SortDirection.DESC ? " DESC" : " ASC";
        String from = " FROM Commitment c JOIN c.offer o" + PartyCondition.DONOR_JOINS;
        var query = PagedQuery.of(em, Commitment.class, "c", from + where, order + direction + ", c.id DESC");
        if (status != null) {
            query.parameter("status", status);
        }
        return PartyCondition.bound(scope, query).read(page);
    }

    private long single(String jpql, long id) {
        Long sum = em.createQuery(jpql, Long.class)
                .setParameter("id", id)
                .setParameter("cancelled", CommitmentStatus.CANCELLED)
                .getSingleResult();
        return sum == null ? 0L : sum;
    }
}
