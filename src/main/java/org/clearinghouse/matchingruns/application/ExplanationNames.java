package org.clearinghouse.matchingruns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clearinghouse.offers.domain.AssistanceOfferRepository;
import org.clearinghouse.requests.domain.AssistanceRequestRepository;

/**
 * The titles behind the exchange ids an engine explanation names ({@code R-17}, {@code O-4}), for the secretariat's
 * review, which sees every request and offer. Null for an id that names nothing (any more).
 */
@ApplicationScoped
public class ExplanationNames {

    @Inject
    AssistanceRequestRepository requests;

    @Inject
    AssistanceOfferRepository offers;

    /** The request's title. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String requestTitle(String exchangeId) {
        long id = ExchangeIds.parse(exchangeId, 'R');
        return id < 0 ? null : requests.findById(id).map(r -> r.getTitle()).orElse(null);
    }

    /** The offer's title and its donor's name ("Training of border guards (Germany)"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String offerLabel(String exchangeId) {
        long id = ExchangeIds.parse(exchangeId, 'O');
        return id < 0
                ? null
                : offers.findById(id)
                        .map(o -> o.donor() == null
                                ? o.getTitle()
                                : o.getTitle() + " (" + o.donor().donorName() + ")")
                        .orElse(null);
    }
}
