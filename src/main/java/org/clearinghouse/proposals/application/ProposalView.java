package org.clearinghouse.proposals.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalLifecycle;
import org.clearinghouse.shared.domain.Party;

/**
 * A proposal with what a party needs to decide on it: the request, the offer, the amount, why, where it stands
 * ({@code state}; {@code decision} is the same value under its former name), the commitment it became, and the
 * {@code actions} the reader may take now.
 */
public record ProposalView(
        long id,
        long runId,
        String state,
        long requestId,
        String requestTitle,
        String recipientState,
        String recipientStateName,
        int priority,
        long requestedUsd,
        long offerId,
        String offerTitle,
        String donor,
        String donorName,
        long amountUsd,
        int weight,
        boolean pinned,
        String explanation,
        String decision,
        String decidedBy,
        String decidedAt,
        String reason,
        Long commitmentId,
        List<String> actions,
        long version,
        @JsonIgnore String explanationKey,
        @JsonIgnore List<String> explanationArguments) {

    /** The proposal as the secretariat sees it. */
    public static ProposalView of(Proposal p) {
        return of(p, Party.SECRETARIAT);
    }

    /** The proposal as {@code reader} sees it (its possible actions). */
    public static ProposalView of(Proposal p, Party reader) {
        var r = p.getRequest();
        var o = p.getOffer();
        return new ProposalView(
                p.getId(),
                p.getRun().getId(),
                p.getState().name(),
                r.getId(),
                r.getTitle(),
                r.getRecipientState().getCode(),
                r.getRecipientState().getName(),
                r.getPriority(),
                r.getAmountUsd(),
                o.getId(),
                o.getTitle(),
                o.donorCode(),
                o.donor().donorName(),
                p.getAmountUsd(),
                p.getWeight(),
                p.isPinned(),
                p.getExplanation(),
                p.getState().name(),
                p.getDecidedBy(),
                utc(p.getDecidedAt()),
                p.getReason(),
                p.getCommitment() == null ? null : p.getCommitment().getId(),
                ProposalLifecycle.actions(p.getState(), reader).stream()
                        .map(Enum::name)
                        .toList(),
                p.getVersion(),
                p.getExplanationKey(),
                p.getExplanationArguments());
    }
}
