package org.clearinghouse.requests.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.requests.domain.AssistanceRequestRepository;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortableFields;
import org.clearinghouse.shared.persistence.PagedQuery;
import org.clearinghouse.shared.persistence.Repositories;

/** {@link AssistanceRequestRepository} over JPA; the list query is built with the Criteria API. */
@ApplicationScoped
public class JpaAssistanceRequestRepository implements AssistanceRequestRepository {

    static final SortableFields<AssistanceRequest> SORTABLE = SortableFields.<AssistanceRequest>builder()
            .attribute("id")
            .attribute("title")
            .field("state", r -> r.get("recipientState").get("code"))
            .field("stateName", r -> r.get("recipientState").get("name"))
            .attribute("area")
            .attribute("type")
            .attribute("amountUsd")
            .attribute("priority")
            .field("startMonth", r -> r.get("period").get("startMonth"))
            .field("endMonth", r -> r.get("period").get("endMonth"))
            .attribute("status")
            .attribute("createdAt")
            .attribute("updatedAt")
            .build();

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaAssistanceRequestRepository() {}

    public JpaAssistanceRequestRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> sortFields() {
        return SORTABLE.names();
    }

    @Override
    public Optional<AssistanceRequest> findById(long id) {
        return Optional.ofNullable(em.find(AssistanceRequest.class, id));
    }

    @Override
    public AssistanceRequest save(AssistanceRequest request) {
        return Repositories.save(em, request, request.getId() == null);
    }

    @Override
    public Page<AssistanceRequest> find(AssistanceRequestFilter filter, PageRequest page) {
        AssistanceRequestFilter f = filter == null ? AssistanceRequestFilter.ANY : filter;
        return Repositories.page(
                em, AssistanceRequest.class, (cb, query, root) -> predicates(cb, root, f), SORTABLE, page);
    }

    @Override
    public List<AssistanceRequest> findByStatusIn(Set<RequestStatus> statuses) {
        return em.createQuery(
                        "SELECT r FROM AssistanceRequest r WHERE r.status IN :statuses ORDER BY r.id",
                        AssistanceRequest.class)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    @Override
    public List<AssistanceRequest> findOthersOfStateAndArea(AssistanceRequest request, Set<RequestStatus> statuses) {
        return em.createQuery(
                        "SELECT r FROM AssistanceRequest r WHERE r.recipientState = :state AND r.area = :area"
                                + " AND r.id <> :id AND r.status IN :live ORDER BY r.id",
                        AssistanceRequest.class)
                .setParameter("state", request.getRecipientState())
                .setParameter("area", request.getArea())
                .setParameter("id", request.getId())
                .setParameter("live", statuses)
                .getResultList();
    }

    private static final String PUBLISHED =
            " FROM AssistanceRequest r WHERE r.publishSummaryConsent = TRUE" + " AND r.status IN :statuses";

    @Override
    public Page<AssistanceRequest> findPublished(Set<RequestStatus> statuses, PageRequest page) {
        return PagedQuery.of(em, AssistanceRequest.class, "r", PUBLISHED, "r.id DESC")
                .parameter("statuses", statuses)
                .read(page);
    }

    @Override
    public void lockForUpdate(AssistanceRequest request) {
        em.lock(request, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public AssistanceRequest reference(long id) {
        return em.getReference(AssistanceRequest.class, id);
    }

    private static List<Predicate> predicates(
            CriteriaBuilder cb, Root<AssistanceRequest> r, AssistanceRequestFilter f) {
        List<Predicate> predicates = new ArrayList<>();
        if (f.area() != null) {
            predicates.add(cb.equal(r.get("area"), f.area()));
        }
        if (f.type() != null) {
            predicates.add(cb.equal(r.get("type"), f.type()));
        }
        if (f.stateCode() != null) {
            predicates.add(cb.equal(r.get("recipientState").get("code"), f.stateCode()));
        }
        if (f.region() != null) {
            predicates.add(cb.equal(r.get("recipientState").get("region"), f.region()));
        }
        if (!f.statuses().isEmpty()) {
            predicates.add(r.get("status").in(f.statuses()));
        }
        if (f.priority() != null) {
            predicates.add(cb.equal(r.get("priority"), f.priority()));
        }
        return predicates;
    }
}
