package org.clearinghouse.fellowship.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.fellowship.domain.FellowshipCall;
import org.clearinghouse.fellowship.domain.FellowshipCallRepository;
import org.clearinghouse.fellowship.domain.SeatFunding;
import org.clearinghouse.shared.persistence.Repositories;

/** {@link FellowshipCallRepository} over JPA. */
@ApplicationScoped
public class JpaFellowshipCallRepository implements FellowshipCallRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaFellowshipCallRepository() {}

    public JpaFellowshipCallRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<FellowshipCall> findById(long id) {
        return Optional.ofNullable(em.find(FellowshipCall.class, id));
    }

    @Override
    public List<FellowshipCall> findAll() {
        return em.createQuery("SELECT c FROM FellowshipCall c ORDER BY c.start DESC, c.id DESC", FellowshipCall.class)
                .getResultList();
    }

    @Override
    public FellowshipCall save(FellowshipCall call) {
        return Repositories.save(em, call, call.getId() == null);
    }

    @Override
    public SeatFunding add(SeatFunding funding) {
        em.persist(funding);
        em.flush();
        return funding;
    }

    @Override
    public List<SeatFunding> fundingOf(long callId) {
        return em.createQuery("SELECT f FROM SeatFunding f WHERE f.callId = :call ORDER BY f.id", SeatFunding.class)
                .setParameter("call", callId)
                .getResultList();
    }

    @Override
    public long fundedSeats(long callId) {
        Long sum = em.createQuery("SELECT SUM(f.seats) FROM SeatFunding f WHERE f.callId = :call", Long.class)
                .setParameter("call", callId)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public List<FellowshipCall> nominationsEndedBy(LocalDate day) {
        return em.createQuery(
                        "SELECT c FROM FellowshipCall c WHERE c.closedOn <= :day"
                                + " OR (c.closedOn IS NULL AND c.nominationDeadline < :day) ORDER BY c.id",
                        FellowshipCall.class)
                .setParameter("day", day)
                .getResultList();
    }
}
