package org.clearinghouse.alumni.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.alumni.domain.Attendance;
import org.clearinghouse.alumni.domain.AttendanceRepository;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.persistence.Repositories;

/** {@link AttendanceRepository} over JPA. */
@ApplicationScoped
public class JpaAttendanceRepository implements AttendanceRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    @Override
    public Optional<Attendance> ofNomination(long nominationId) {
        return em
                .createQuery("SELECT a FROM Attendance a WHERE a.nominationId = :n", Attendance.class)
                .setParameter("n", nominationId)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<Attendance> ofCall(long callId) {
        return em.createQuery(
                        "SELECT a FROM Attendance a WHERE a.callId = :call ORDER BY a.nominationId", Attendance.class)
                .setParameter("call", callId)
                .getResultList();
    }

    @Override
    public List<Attendance> all() {
        return em.createQuery("SELECT a FROM Attendance a ORDER BY a.callId, a.nominationId", Attendance.class)
                .getResultList();
    }

    @Override
    public Attendance save(Attendance attendance, boolean isNew) {
        try {
            return Repositories.save(em, attendance, isNew);
        } catch (PersistenceException clash) {
            if (isNew && SameRowTwice.isCauseOf(clash)) {
                throw new ConflictException("The attendance of nomination " + attendance.getNominationId()
                        + " was recorded by someone else at the same moment. Reload it and apply your change again.");
            }
            throw clash;
        }
    }
}
