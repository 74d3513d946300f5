package org.clearinghouse.matchingruns.application;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.clearinghouse.matchingruns.domain.UnfundedRequest;

/** A request a run left unfunded or partly funded, with the reason in words. */
public record UnfundedView(
        long requestId,
        String requestTitle,
        String state,
        int priority,
        String reason,
        long requestedUsd,
        long fundedUsd,
        long openUsd,
        String explanation,
        @JsonIgnore String explanationKey,
        @JsonIgnore List<String> explanationArguments) {

    public static UnfundedView of(UnfundedRequest u) {
        var r = u.getRequest();
        return new UnfundedView(
                r.getId(),
                r.getTitle(),
                r.getRecipientState().getCode(),
                r.getPriority(),
                u.getReasonCode(),
                u.getRequestedUsd(),
                u.getFundedUsd(),
                u.getOpenUsd(),
                u.getExplanation(),
                u.getExplanationKey(),
                u.getExplanationArguments());
    }
}
