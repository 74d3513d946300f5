package org.clearinghouse.targets.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.shared.persistence.Repositories;
import org.clearinghouse.targets.domain.Target;
import org.clearinghouse.targets.domain.TargetRepository;

/** {@link TargetRepository} over JPA. */
@ApplicationScoped
public class JpaTargetRepository implements TargetRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaTargetRepository() {}

    public JpaTargetRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Target> findById(long id) {
        return Optional.ofNullable(em.find(Target.class, id));
    }

    @Override
    public Target save(Target target) {
        return Repositories.save(em, target, target.getId() == null);
    }

    @Override
    public List<Target> find(String stateCode, Region region) {
        String jpql = "SELECT t FROM Target t LEFT JOIN t.state s"
                + (stateCode != null
                        ? " WHERE s.code = :state"
                        : region != null ? " WHERE t.region = :region OR s.region = :region" : "")
                + " ORDER BY t.targetYear, t.id";
        var query = em.createQuery(jpql, Target.class);
        if (stateCode != null) {
            query.setParameter("state", stateCode);
        } else if (region != null) {
            query.setParameter("region", region);
        }
        return query.getResultList();
    }

    @Override
    public List<Target> servableBy(State state) {
        return em.createQuery(
                        "SELECT t FROM Target t WHERE t.state = :state OR (t.state IS NULL AND t.region = :region)"
                                + " ORDER BY t.targetYear, t.id",
                        Target.class)
                .setParameter("state", state)
                .setParameter("region", state.getRegion())
                .getResultList();
    }
}
