package org.clearinghouse.requests.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clearinghouse.requests.domain.DuplicateDecision;
import org.clearinghouse.requests.domain.DuplicateDecisionRepository;

/** {@link DuplicateDecisionRepository} over JPA. */
@ApplicationScoped
public class JpaDuplicateDecisionRepository implements DuplicateDecisionRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaDuplicateDecisionRepository() {}

    public JpaDuplicateDecisionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<DuplicateDecision> findAll() {
        return em.createQuery("SELECT d FROM DuplicateDecision d", DuplicateDecision.class)
                .getResultList();
    }

    @Override
    public List<DuplicateDecision> findInvolving(long requestId) {
        return em.createQuery(
                        "SELECT d FROM DuplicateDecision d WHERE d.lowId = :id OR d.highId = :id",
                        DuplicateDecision.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    @Override
    public DuplicateDecision add(DuplicateDecision decision) {
        em.persist(decision);
        em.flush();
        return decision;
    }
}
