package org.clearinghouse.alumni.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.alumni.domain.FollowUp;
import org.clearinghouse.alumni.domain.FollowUpRepository;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.persistence.Repositories;

/** {@link FollowUpRepository} over JPA. */
@ApplicationScoped
public class JpaFollowUpRepository implements FollowUpRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    @Override
    public Optional<FollowUp> find(long nominationId, int months) {
        return em
                .createQuery("SELECT f FROM FollowUp f WHERE f.nominationId = :n AND f.months = :m", FollowUp.class)
                .setParameter("n", nominationId)
                .setParameter("m", months)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<FollowUp> ofNominations(List<Long> nominationIds) {
        if (nominationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT f FROM FollowUp f WHERE f.nominationId IN :ids ORDER BY f.nominationId, f.months",
                        FollowUp.class)
                .setParameter("ids", nominationIds)
                .getResultList();
    }

    @Override
    public FollowUp save(FollowUp followUp, boolean isNew) {
        try {
            return Repositories.save(em, followUp, isNew);
        } catch (PersistenceException clash) {
            if (isNew && SameRowTwice.isCauseOf(clash)) {
                throw new ConflictException("This follow-up of nomination " + followUp.getNominationId()
                        + " was recorded by someone else at the same moment. Reload it and apply your change again.");
            }
            throw clash;
        }
    }
}
