package org.clearinghouse.directory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.matching.domain.Region;

/** {@link StateRepository} over JPA. */
@ApplicationScoped
public class JpaStateRepository implements StateRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaStateRepository() {}

    JpaStateRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<State> findByCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(State.class, code));
    }

    @Override
    public List<State> findAll() {
        return em.createQuery("SELECT s FROM State s ORDER BY s.name", State.class)
                .getResultList();
    }

    @Override
    public List<State> findByRegion(Region region) {
        return em.createQuery("SELECT s FROM State s WHERE s.region = :region ORDER BY s.name", State.class)
                .setParameter("region", region)
                .getResultList();
    }
}
