package org.clearinghouse.notifications.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import org.clearinghouse.notifications.domain.ReminderRepository;
import org.clearinghouse.notifications.domain.ReminderRule;
import org.clearinghouse.notifications.domain.RequestReminder;
import org.clearinghouse.requests.domain.AssistanceRequest;

/** {@link ReminderRepository} over JPA. */
@ApplicationScoped
public class JpaReminderRepository implements ReminderRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaReminderRepository() {}

    public JpaReminderRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<AssistanceRequest> findOpenRequestsQuietSince(LocalDateTime latest) {
        return em.createQuery(
                        "SELECT r FROM AssistanceRequest r"
                                + " WHERE r.status IN :open AND r.updatedAt <= :latest ORDER BY r.id",
                        AssistanceRequest.class)
                .setParameter("open", ReminderRule.OPEN)
                .setParameter("latest", latest)
                .getResultList();
    }

    @Override
    public boolean isReminded(long requestId, LocalDateTime quietSince) {
        return em.createQuery(
                                "SELECT COUNT(x) FROM RequestReminder x WHERE x.requestId = :id"
                                        + " AND x.quietSince = :since",
                                Long.class)
                        .setParameter("id", requestId)
                        .setParameter("since", quietSince)
                        .getSingleResult()
                > 0;
    }

    @Override
    public void add(RequestReminder reminder) {
        em.persist(reminder);
    }
}
