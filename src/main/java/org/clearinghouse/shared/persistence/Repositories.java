package org.clearinghouse.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import org.clearinghouse.shared.domain.AuditedEntity;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortableFields;

/** Small helpers the JPA repositories share: saving an audited entity and running a filtered, paged query. */
public final class Repositories {

    private Repositories() {}

    /**
     * Persists a new entity (no id yet; flushed at once so that its generated id is known) or merges a detached
     * one, carrying the acting user over to the managed instance; returns the managed instance.
     */
    public static <T extends AuditedEntity> T save(EntityManager em, T entity, boolean isNew) {
        if (isNew) {
            em.persist(entity);
            em.flush();
            return entity;
        }
        T managed = em.merge(entity);
        managed.setActingUser(entity.getActingUser());
        em.flush(); // the new version (and any optimistic-lock conflict) is known before the caller answers
        return managed;
    }

    /**
     * Reads one page of {@code type}: {@code filter} builds the WHERE predicates for a query and its root (called
     * once for the count and once for the items), {@code sortable} the ORDER BY.
     */
    public static <T> Page<T> page(
            EntityManager em, Class<T> type, Filter<T> filter, SortableFields<T> sortable, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot))
                .where(filter.predicates(cb, count, countRoot).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.select(root)
                .where(filter.predicates(cb, select, root).toArray(Predicate[]::new))
                .orderBy(sortable.orders(cb, root, request));
        TypedQuery<T> query =
                em.createQuery(select).setFirstResult(request.offset()).setMaxResults(request.size());
        List<T> items = total == 0 ? List.of() : query.getResultList();
        return new Page<>(items, total, request.page(), request.size());
    }

    /**
     * "The element collection {@code attribute} of the root contains {@code value}", as {@code root.id IN (subquery)}.
     * Unlike {@code CriteriaBuilder.isMember}, which EclipseLink turns into an inner join, it can be OR-ed with
     * other predicates and never multiplies rows.
     */
    public static <T> Predicate contains(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<T> root, String attribute, Object value) {
        Subquery<Object> ids = query.subquery(Object.class);
        @SuppressWarnings("unchecked")
        Root<T> owner = (Root<T>) ids.from(root.getJavaType());
        Join<T, Object> element = owner.join(attribute);
        ids.select(owner.get("id")).where(cb.equal(element, value));
        return root.get("id").in(ids);
    }

    /** "The element collection {@code attribute} of the root is empty", as {@code root.id NOT IN (subquery)}. */
    public static <T> Predicate isEmpty(CriteriaBuilder cb, AbstractQuery<?> query, Root<T> root, String attribute) {
        Subquery<Object> ids = query.subquery(Object.class);
        @SuppressWarnings("unchecked")
        Root<T> owner = (Root<T>) ids.from(root.getJavaType());
        owner.join(attribute);
        ids.select(owner.get("id"));
        return cb.not(root.get("id").in(ids));
    }

    /** Builds the WHERE predicates of a list query for its root. */
    @FunctionalInterface
    public interface Filter<T> {
        List<Predicate> predicates(CriteriaBuilder cb, AbstractQuery<?> query, Root<T> root);
    }
}
