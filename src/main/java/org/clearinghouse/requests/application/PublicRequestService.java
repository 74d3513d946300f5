package org.clearinghouse.requests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/**
 * The public summaries of requests, for anyone (no sign-in): only requests whose State consented to a public
 * summary and that the secretariat validated (funded or not).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicRequestService {

    static final Set<RequestStatus> PUBLISHED =
            EnumSet.of(RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED, RequestStatus.FUNDED);

    private static final String WHERE = " FROM AssistanceRequest r WHERE r.publishSummaryConsent = TRUE"
            + " AND r.status IN :statuses";

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public Page<PublicRequestSummary> list(PageRequest page) {
        long total = em.createQuery("SELECT COUNT(r)" + WHERE, Long.class)
                .setParameter("statuses", PUBLISHED).getSingleResult();
        var items = em.createQuery("SELECT r" + WHERE + " ORDER BY r.id DESC", AssistanceRequest.class)
                .setParameter("statuses", PUBLISHED)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(PublicRequestSummary::of).toList();
        return new Page<>(items, total, page.page(), page.size());
    }
}
