package org.clearinghouse.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clearinghouse.audit.domain.AuditEntry;
import org.clearinghouse.audit.domain.AuditFilter;
import org.clearinghouse.audit.domain.AuditLogRepository;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortableFields;
import org.clearinghouse.shared.persistence.Repositories;

/** {@link AuditLogRepository} over JPA: inserts and reads only. */
@ApplicationScoped
public class JpaAuditLogRepository implements AuditLogRepository {

    static final SortableFields<AuditEntry> SORTABLE = SortableFields.<AuditEntry>builder()
            .attribute("id")
            .attribute("occurredAt")
            .attribute("type")
            .attribute("actor")
            .build();

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaAuditLogRepository() {}

    public JpaAuditLogRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> sortFields() {
        return SORTABLE.names();
    }

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public Page<AuditEntry> find(AuditFilter filter, PageRequest page) {
        AuditFilter f = filter == null ? AuditFilter.ANY : filter;
        return Repositories.page(
                em,
                AuditEntry.class,
                (cb, query, root) -> {
                    List<Predicate> predicates = new ArrayList<>();
                    if (f.type() != null) {
                        predicates.add(cb.equal(root.get("type"), f.type()));
                    }
                    if (f.actor() != null) {
                        predicates.add(cb.equal(root.get("actor"), f.actor()));
                    }
                    return predicates;
                },
                SORTABLE,
                page);
    }
}
