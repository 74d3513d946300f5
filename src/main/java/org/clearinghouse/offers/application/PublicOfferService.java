package org.clearinghouse.offers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.offers.domain.OfferVisibility;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** The public list of offers, for anyone (no sign-in): OPEN offers their donor made PUBLIC. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicOfferService {

    private static final String WHERE = " FROM AssistanceOffer o WHERE o.status = :status AND o.visibility = :visibility";

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public Page<PublicOfferSummary> list(PageRequest page) {
        long total = em.createQuery("SELECT COUNT(o)" + WHERE, Long.class)
                .setParameter("status", OfferStatus.OPEN).setParameter("visibility", OfferVisibility.PUBLIC)
                .getSingleResult();
        var items = em.createQuery("SELECT o" + WHERE + " ORDER BY o.id DESC", AssistanceOffer.class)
                .setParameter("status", OfferStatus.OPEN).setParameter("visibility", OfferVisibility.PUBLIC)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(PublicOfferSummary::of).toList();
        return new Page<>(items, total, page.page(), page.size());
    }
}
