package org.clearinghouse.offers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clearinghouse.offers.domain.AssistanceOfferRepository;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** The public list of offers, for anyone (no sign-in): OPEN offers their donor made PUBLIC. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicOfferService {

    @Inject
    AssistanceOfferRepository offers;

    public Page<PublicOfferSummary> list(PageRequest page) {
        return offers.findOpenAndPublic(page).map(PublicOfferSummary::of);
    }
}
