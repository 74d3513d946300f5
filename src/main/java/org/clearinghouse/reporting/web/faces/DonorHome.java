package org.clearinghouse.reporting.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.offers.application.OfferService;
import org.clearinghouse.offers.application.OfferView;
import org.clearinghouse.offers.domain.AssistanceOfferFilter;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.reporting.application.NeedsOverview;
import org.clearinghouse.requests.application.RequestView;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.shared.paging.PageRequest;

/** A donor's home: the donor's open offers and drafts, and the unmet validated needs that fit an open offer. */
@Named
@RequestScoped
public class DonorHome {

    @Inject
    OfferService offers;

    @Inject
    NeedsOverview needs;

    @Inject
    Instance<Caller> caller;

    private List<OfferView> open;
    private long drafts;
    private List<NeedsOverview.UnmetNeed> fitting;

    @PostConstruct
    void load() {
        Caller me = caller.get();
        AssistanceOfferFilter mine = AssistanceOfferFilter.ANY.withDonor(me.donorCode());
        open = offers.list(me, mine.withStatuses(OfferStatus.OPEN), PageRequest.of(0, PageRequest.MAX_SIZE))
                .items();
        drafts = offers.list(me, mine.withStatuses(OfferStatus.DRAFT), PageRequest.of(0, 1))
                .total();
        fitting = needs.unmetNeeds(me, AssistanceRequestFilter.ANY).stream()
                .filter(n -> open.stream().anyMatch(o -> fits(o, n.request())))
                .toList();
    }

    /** The need's area, type and region are in the offer, its State is not excluded, and the periods overlap. */
    static boolean fits(OfferView offer, RequestView request) {
        return offer.areas().contains(request.area())
                && offer.types().contains(request.type())
                && (offer.regions().isEmpty() || offer.regions().contains(request.region()))
                && !offer.excludedStates().contains(request.state())
                && offer.start().compareTo(request.end()) <= 0
                && request.start().compareTo(offer.end()) <= 0;
    }

    public List<OfferView> getOpen() {
        return open;
    }

    public long getDrafts() {
        return drafts;
    }

    public List<NeedsOverview.UnmetNeed> getFitting() {
        return fitting;
    }

    public long getFittingRemainingUsd() {
        return fitting.stream().mapToLong(NeedsOverview.UnmetNeed::remainingUsd).sum();
    }
}
