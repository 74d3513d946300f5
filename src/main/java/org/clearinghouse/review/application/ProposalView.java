package org.clearinghouse.review.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import org.clearinghouse.review.domain.Proposal;

/** A proposal with what the secretariat needs to decide on it: the request, the offer, the amount and why. */
public record ProposalView(long id, long runId, long requestId, String requestTitle, String state, String stateName,
        int priority, long requestedUsd, long offerId, String offerTitle, String donor, String donorName,
        long amountUsd, int weight, boolean pinned, String explanation, String decision, String decidedBy,
        String decidedAt, String reason, long version) {

    public static ProposalView of(Proposal p) {
        var r = p.getRequest();
        var o = p.getOffer();
        return new ProposalView(p.getId(), p.getRun().getId(), r.getId(), r.getTitle(), r.getRecipientState().getCode(),
                r.getRecipientState().getName(), r.getPriority(), r.getAmountUsd(), o.getId(), o.getTitle(),
                o.donorCode(), o.donor().donorName(), p.getAmountUsd(), p.getWeight(), p.isPinned(),
                p.getExplanation(), p.getState().name(), p.getDecidedBy(), utc(p.getDecidedAt()), p.getReason(),
                p.getVersion());
    }
}
