package org.clearinghouse.requests.application;

import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.domain.AmountBand;

/**
 * What anyone may see of a request whose State consented to a public summary: never its description, contact,
 * national target reference, exact amount or the secretariat's comments.
 */
public record PublicRequestSummary(
        long id,
        String title,
        String area,
        String areaDescription,
        String type,
        String region,
        String amountBand,
        String status) {

    public static PublicRequestSummary of(AssistanceRequest r) {
        return new PublicRequestSummary(
                r.getId(),
                r.getTitle(),
                r.getArea().name(),
                r.getArea().description(),
                r.getType().name(),
                r.getRecipientState().getRegion().name(),
                AmountBand.of(r.getAmountUsd()),
                r.getStatus().name());
    }
}
