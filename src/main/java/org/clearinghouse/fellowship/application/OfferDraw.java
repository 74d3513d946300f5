package org.clearinghouse.fellowship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.AssistanceOfferRepository;
import org.clearinghouse.offers.domain.OfferCommitments;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.shared.errors.FieldErrors;

/**
 * Checks that seats may be paid from a donor's offer, under the committed-money rule of matching: the offer is the
 * caller's, OPEN, covers the fellowship area, and its capacity less what is already committed from it (commitments
 * and earlier fellowship seats, see {@code OfferDraws}) covers the cost. The offer's row is locked until the funding
 * is written, as when a proposal becomes a commitment.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class OfferDraw {

    @Inject
    AssistanceOfferRepository offers;

    @Inject
    OfferCommitments committed;

    void check(Caller caller, long offerId, long amountUsd) {
        FieldErrors errors = new FieldErrors();
        AssistanceOffer offer = offers.findById(offerId)
                .filter(o -> caller.isDonor(o.donorCode()))
                .orElse(null);
        if (offer == null) {
            errors.add("offerId", "Offer " + offerId + " is not one of your offers.");
            errors.throwIfAny();
        }
        offers.lockForUpdate(offer);
        if (offer.getStatus() != OfferStatus.OPEN) {
            errors.add(
                    "offerId",
                    "Offer " + offerId + " is " + offer.getStatus() + "; only an open offer can fund seats.");
        }
        if (!offer.getAreas().contains(CommitmentArea.FELLOWSHIP)) {
            errors.add("offerId", "Offer " + offerId + " does not cover the fellowship area (FELLOWSHIP).");
        }
        long left = offer.getCapacityUsd() - committed.committedFrom(offerId);
        if (amountUsd > left) {
            errors.add(
                    "offerId",
                    "Offer " + offerId + " has " + left + " USD left; these seats cost " + amountUsd + " USD.");
        }
        errors.throwIfAny();
    }
}
