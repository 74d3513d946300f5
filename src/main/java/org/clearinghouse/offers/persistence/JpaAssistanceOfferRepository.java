package org.clearinghouse.offers.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clearinghouse.directory.domain.Organisation;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.AssistanceOfferFilter;
import org.clearinghouse.offers.domain.AssistanceOfferRepository;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.offers.domain.OfferVisibility;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortableFields;
import org.clearinghouse.shared.persistence.PagedQuery;
import org.clearinghouse.shared.persistence.Repositories;

/** {@link AssistanceOfferRepository} over JPA; the list query is built with the Criteria API. */
@ApplicationScoped
public class JpaAssistanceOfferRepository implements AssistanceOfferRepository {

    static final SortableFields<AssistanceOffer> SORTABLE = SortableFields.<AssistanceOffer>builder()
            .attribute("id")
            .attribute("title")
            .attribute("capacityUsd")
            .attribute("maxPerRequestUsd")
            .field("startMonth", r -> r.get("period").get("startMonth"))
            .field("endMonth", r -> r.get("period").get("endMonth"))
            .attribute("status")
            .attribute("createdAt")
            .attribute("updatedAt")
            .build();

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaAssistanceOfferRepository() {}

    public JpaAssistanceOfferRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> sortFields() {
        return SORTABLE.names();
    }

    @Override
    public Optional<AssistanceOffer> findById(long id) {
        return Optional.ofNullable(em.find(AssistanceOffer.class, id));
    }

    @Override
    public AssistanceOffer save(AssistanceOffer offer) {
        return Repositories.save(em, offer, offer.getId() == null);
    }

    @Override
    public Page<AssistanceOffer> find(AssistanceOfferFilter filter, PageRequest page) {
        AssistanceOfferFilter f = filter == null ? AssistanceOfferFilter.ANY : filter;
        return Repositories.page(
                em, AssistanceOffer.class, (cb, query, root) -> predicates(cb, query, root, f), SORTABLE, page);
    }

    @Override
    public List<AssistanceOffer> findByStatus(OfferStatus status) {
        return em.createQuery(
                        "SELECT o FROM AssistanceOffer o WHERE o.status = :status ORDER BY o.id", AssistanceOffer.class)
                .setParameter("status", status)
                .getResultList();
    }

    private static final String OPEN_AND_PUBLIC =
            " FROM AssistanceOffer o WHERE o.status = :status AND o.visibility = :visibility";

    @Override
    public Page<AssistanceOffer> findOpenAndPublic(PageRequest page) {
        return PagedQuery.of(em, AssistanceOffer.class, "o", OPEN_AND_PUBLIC, "o.id DESC")
                .parameter("status", OfferStatus.OPEN)
                .parameter("visibility", OfferVisibility.PUBLIC)
                .read(page);
    }

    @Override
    public void lockForUpdate(AssistanceOffer offer) {
        em.lock(offer, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public AssistanceOffer reference(long id) {
        return em.getReference(AssistanceOffer.class, id);
    }

    private static List<Predicate> predicates(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<AssistanceOffer> o, AssistanceOfferFilter f) {
        List<Predicate> predicates = new ArrayList<>();
        if (f.area() != null) {
            predicates.add(Repositories.contains(cb, query, o, "areas", f.area()));
        }
        if (f.type() != null) {
            predicates.add(Repositories.contains(cb, query, o, "types", f.type()));
        }
        if (f.donorCode() != null) {
            Join<AssistanceOffer, State> state = o.join("donorState", JoinType.LEFT);
            Join<AssistanceOffer, Organisation> organisation = o.join("donorOrganisation", JoinType.LEFT);
            predicates.add(cb.or(
                    cb.equal(state.get("code"), f.donorCode()), cb.equal(organisation.get("code"), f.donorCode())));
        }
        if (f.region() != null) {
            predicates.add(cb.or(
                    Repositories.isEmpty(cb, query, o, "regions"),
                    Repositories.contains(cb, query, o, "regions", f.region())));
        }
        if (!f.statuses().isEmpty()) {
            predicates.add(o.get("status").in(f.statuses()));
        }
        return predicates;
    }
}
