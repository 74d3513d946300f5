package org.clearinghouse.dialogue.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.dialogue.domain.Audience;
import org.clearinghouse.dialogue.domain.DialogueMessage;
import org.clearinghouse.dialogue.domain.DialogueRepository;
import org.clearinghouse.dialogue.domain.ThreadKind;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** {@link DialogueRepository} over JPA. */
@ApplicationScoped
public class JpaDialogueRepository implements DialogueRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaDialogueRepository() {}

    public JpaDialogueRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(DialogueMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<DialogueMessage> findById(long id) {
        return Optional.ofNullable(em.find(DialogueMessage.class, id));
    }

    @Override
    public Page<DialogueMessage> thread(ThreadKind kind, long recordId, String donorCode, PageRequest page) {
        String where = " WHERE m.threadKind = :kind AND m.recordId = :record"
                + (donorCode == null ? "" : " AND m.audience IN (:own, :all)");
        List<DialogueMessage> items = bind(
                        em.createQuery(
                                "SELECT m FROM DialogueMessage m" + where + " ORDER BY m.createdAt DESC, m.id DESC",
                                DialogueMessage.class),
                        kind,
                        recordId,
                        donorCode)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = bind(
                        em.createQuery("SELECT COUNT(m) FROM DialogueMessage m" + where, Long.class),
                        kind,
                        recordId,
                        donorCode)
                .getSingleResult();
        return new Page<>(items, total, page.page(), page.size());
    }

    @Override
    public List<String> donorsWhoWrote(long requestId) {
        return em.createQuery(
                        "SELECT DISTINCT m.party FROM DialogueMessage m WHERE m.threadKind = :kind"
                                + " AND m.recordId = :record AND m.authorParty = :donor ORDER BY m.party",
                        String.class)
                .setParameter("kind", ThreadKind.REQUEST)
                .setParameter("record", requestId)
                .setParameter("donor", Party.DONOR)
                .getResultList();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ThreadKind kind, long recordId, String donorCode) {
        query.setParameter("kind", kind).setParameter("record", recordId);
        if (donorCode != null) {
            query.setParameter("own", Audience.donor(donorCode).code()).setParameter("all", Audience.ALL_DONORS.code());
        }
        return query;
    }
}
