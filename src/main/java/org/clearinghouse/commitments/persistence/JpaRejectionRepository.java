package org.clearinghouse.commitments.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.commitments.domain.Rejection;
import org.clearinghouse.commitments.domain.RejectionRepository;

/** {@link RejectionRepository} over JPA. */
@ApplicationScoped
public class JpaRejectionRepository implements RejectionRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaRejectionRepository() {}

    public JpaRejectionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Rejection add(Rejection rejection) {
        em.persist(rejection);
        em.flush();
        return rejection;
    }

    @Override
    public Optional<Rejection> findByPair(long requestId, long offerId) {
        return em.createQuery(
                        "SELECT r FROM Rejection r WHERE r.request.id = :request AND r.offer.id = :offer",
                        Rejection.class)
                .setParameter("request", requestId)
                .setParameter("offer", offerId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean isRejected(long requestId, long offerId) {
        return em.createQuery(
                                "SELECT COUNT(r) FROM Rejection r WHERE r.request.id = :request AND r.offer.id = :offer",
                                Long.class)
                        .setParameter("request", requestId)
                        .setParameter("offer", offerId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<Rejection> findByRequest(long requestId) {
        return em.createQuery("SELECT r FROM Rejection r WHERE r.request.id = :request ORDER BY r.id", Rejection.class)
                .setParameter("request", requestId)
                .getResultList();
    }

    @Override
    public List<Rejection> findAll() {
        return em.createQuery("SELECT r FROM Rejection r ORDER BY r.id", Rejection.class)
                .getResultList();
    }

    @Override
    public boolean remove(long requestId, long offerId) {
        Optional<Rejection> rejection = findByPair(requestId, offerId);
        rejection.ifPresent(em::remove);
        return rejection.isPresent();
    }
}
