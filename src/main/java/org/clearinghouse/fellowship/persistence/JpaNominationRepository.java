package org.clearinghouse.fellowship.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.fellowship.domain.FellowshipNomination;
import org.clearinghouse.fellowship.domain.NominationRepository;
import org.clearinghouse.shared.persistence.Repositories;

/** {@link NominationRepository} over JPA. */
@ApplicationScoped
public class JpaNominationRepository implements NominationRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaNominationRepository() {}

    public JpaNominationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<FellowshipNomination> findById(long id) {
        return Optional.ofNullable(em.find(FellowshipNomination.class, id));
    }

    @Override
    public FellowshipNomination add(FellowshipNomination nomination) {
        return Repositories.save(em, nomination, true);
    }

    @Override
    public List<FellowshipNomination> ofCall(long callId, String state) {
        var query = em.createQuery(
                        "SELECT n FROM FellowshipNomination n WHERE n.callId = :call"
                                + (state == null ? "" : " AND n.stateCode = :state")
                                + " ORDER BY n.stateCode, n.rank, n.id",
                        FellowshipNomination.class)
                .setParameter("call", callId);
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.getResultList();
    }

    @Override
    public long countOf(long callId, String state) {
        return em.createQuery(
                        "SELECT COUNT(n) FROM FellowshipNomination n WHERE n.callId = :call AND n.stateCode = :state",
                        Long.class)
                .setParameter("call", callId)
                .setParameter("state", state)
                .getSingleResult();
    }

    @Override
    public List<long[]> countsByCall() {
        return em
                .createQuery(
                        "SELECT n.callId, COUNT(n), COUNT(DISTINCT n.stateCode) FROM FellowshipNomination n"
                                + " GROUP BY n.callId",
                        Object[].class)
                .getResultList()
                .stream()
                .map(row -> new long[] {
                    ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()
                })
                .toList();
    }

    @Override
    public List<FellowshipNomination> notAnonymised(long callId) {
        return em.createQuery(
                        "SELECT n FROM FellowshipNomination n WHERE n.callId = :call AND n.anonymisedOn IS NULL",
                        FellowshipNomination.class)
                .setParameter("call", callId)
                .getResultList();
    }
}
