package org.clearinghouse.fellowship.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.clearinghouse.offers.domain.OfferDraws;

/** What fellowship seats funded from open offers draw on them ({@link OfferDraws}). */
@ApplicationScoped
public class JpaFellowshipOfferDraws implements OfferDraws {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaFellowshipOfferDraws() {}

    public JpaFellowshipOfferDraws(EntityManager em) {
        this.em = em;
    }

    @Override
    public long drawnFrom(long offerId) {
        Long sum = em.createQuery("SELECT SUM(f.amountUsd) FROM SeatFunding f WHERE f.offerId = :id", Long.class)
                .setParameter("id", offerId)
                .getSingleResult();
        return sum == null ? 0L : sum;
    }

    @Override
    public Map<Long, Long> drawnFrom(Collection<Long> offerIds) {
        Map<Long, Long> sums = new HashMap<>();
        if (offerIds.isEmpty()) {
            return sums;
        }
        em.createQuery(
                        "SELECT f.offerId, SUM(f.amountUsd) FROM SeatFunding f WHERE f.offerId IN :ids GROUP BY f.offerId",
                        Object[].class)
                .setParameter("ids", offerIds)
                .getResultList()
                .forEach(row -> sums.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return sums;
    }
}
