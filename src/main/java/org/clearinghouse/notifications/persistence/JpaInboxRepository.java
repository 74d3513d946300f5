package org.clearinghouse.notifications.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.notifications.domain.InboxEntry;
import org.clearinghouse.notifications.domain.InboxRepository;
import org.clearinghouse.shared.domain.PartyScope;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.persistence.PagedQuery;

/** {@link InboxRepository} over JPA. */
@ApplicationScoped
public class JpaInboxRepository implements InboxRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaInboxRepository() {}

    public JpaInboxRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(InboxEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<InboxEntry> findById(long id) {
        return Optional.ofNullable(em.find(InboxEntry.class, id));
    }

    @Override
    public Page<InboxEntry> findFor(PartyScope addressee, boolean unreadOnly, PageRequest page) {
        String where = where(addressee) + (unreadOnly ? " AND e.readAt IS NULL" : "");
        var query = PagedQuery.of(
                        em, InboxEntry.class, "e", " FROM InboxEntry e" + where, "e.createdAt DESC, e.id DESC")
                .parameter("party", addressee.party());
        return (addressee.isSecretariat() ? query : query.parameter("code", addressee.code())).read(page);
    }

    @Override
    public long countUnread(PartyScope addressee) {
        return bind(
                        addressee,
                        em.createQuery(
                                "SELECT COUNT(e) FROM InboxEntry e" + where(addressee) + " AND e.readAt IS NULL",
                                Long.class))
                .getSingleResult();
    }

    @Override
    public List<InboxEntry> findUnread(PartyScope addressee) {
        return bind(
                        addressee,
                        em.createQuery(
                                "SELECT e FROM InboxEntry e" + where(addressee) + " AND e.readAt IS NULL",
                                InboxEntry.class))
                .getResultList();
    }

    /** Whose entries: the party's and, but for the secretariat, those of its code. */
    private static String where(PartyScope addressee) {
        return " WHERE e.addressee = :party" + (addressee.isSecretariat() ? "" : " AND e.addresseeCode = :code");
    }

    private static <T> TypedQuery<T> bind(PartyScope addressee, TypedQuery<T> query) {
        query.setParameter("party", addressee.party());
        return addressee.isSecretariat() ? query : query.setParameter("code", addressee.code());
    }
}
