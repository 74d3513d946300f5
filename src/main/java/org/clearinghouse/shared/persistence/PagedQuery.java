package org.clearinghouse.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/**
 * One page of a JPQL list: the items query cut to the page and the count query for the total, each parameter bound
 * to both. The JPA repositories' one way to page a JPQL query (the Criteria API's is {@link Repositories#page}).
 *
 * <pre>{@code
 * return PagedQuery.of(em, Proposal.class, "p", " FROM Proposal p WHERE p.state = :state", "p.id DESC")
 *         .parameter("state", state)
 *         .read(page);
 * }</pre>
 */
public final class PagedQuery<T> {

    private final TypedQuery<T> items;
    private final TypedQuery<Long> count;

    private PagedQuery(TypedQuery<T> items, TypedQuery<Long> count) {
        this.items = items;
        this.count = count;
    }

    /**
     * {@code SELECT alias fromWhere ORDER BY orderBy} for the items and {@code SELECT COUNT(alias) fromWhere} for
     * the total; {@code fromWhere} starts with a space ({@code " FROM Entity e WHERE ..."}).
     */
    public static <T> PagedQuery<T> of(
            EntityManager em, Class<T> type, String alias, String fromWhere, String orderBy) {
        return of(
                em.createQuery("SELECT " + alias + fromWhere + " ORDER BY " + orderBy, type),
                em.createQuery("SELECT COUNT(" + alias + ")" + fromWhere, Long.class));
    }

    /** A page of {@code items} counted by {@code count}, for queries written (or tuned with hints) by the caller. */
    public static <T> PagedQuery<T> of(TypedQuery<T> items, TypedQuery<Long> count) {
        return new PagedQuery<>(items, count);
    }

    /** Binds {@code value} to the parameter {@code name} of both queries. */
    public PagedQuery<T> parameter(String name, Object value) {
        items.setParameter(name, value);
        count.setParameter(name, value);
        return this;
    }

    /** The page {@code request} asks for, with the total of all rows. */
    public Page<T> read(PageRequest request) {
        List<T> rows = items.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(rows, count.getSingleResult(), request.page(), request.size());
    }
}
