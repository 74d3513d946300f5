package org.clearinghouse.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.clearinghouse.commitments.application.FundingClaimDecided;
import org.clearinghouse.commitments.application.FundingClaimed;
import org.clearinghouse.commitments.domain.ClaimStatus;
import org.clearinghouse.commitments.domain.ExternalCommitment;
import org.clearinghouse.notifications.domain.InboxEntry;
import org.clearinghouse.shared.domain.Party;

/**
 * Tells the State of funding a donor claims against it (it counts only once the State or the secretariat confirms
 * it), and the donor of the decision: an inbox entry and e-mails in each reader's language, in the transaction of the
 * claim or decision (see {@link Notifier}).
 */
@ApplicationScoped
public class FundingClaimNotices {

    @Inject
    Notifier notifier;

    void onClaim(@Observes FundingClaimed event) {
        ExternalCommitment e = event.commitment();
        Long requestId = e.getRequest() == null ? null : e.getRequest().getId();
        String page = requestId == null ? "/recipient/home.xhtml" : "/recipient/request-view.xhtml?id=" + requestId;
        notifier.notify(List.of(new Notice(
                Party.RECIPIENT,
                e.getState().getCode(),
                InboxEntry.Kind.FUNDING_CLAIMED,
                null,
                requestId,
                List.of(
                        String.valueOf(e.getId()),
                        e.getDonorCode() == null ? "—" : e.getDonorCode(),
                        String.valueOf(e.getAmountUsd()),
                        e.getMechanismName(),
                        requestId == null ? "—" : String.valueOf(requestId),
                        page))));
    }

    void onDecision(@Observes FundingClaimDecided event) {
        ExternalCommitment e = event.commitment();
        if (e.getDonorCode() == null) {
            return;
        }
        boolean confirmed = e.getClaimStatus() == ClaimStatus.CONFIRMED;
        notifier.notify(List.of(new Notice(
                Party.DONOR,
                e.getDonorCode(),
                confirmed ? InboxEntry.Kind.FUNDING_CONFIRMED : InboxEntry.Kind.FUNDING_DISPUTED,
                null,
                e.getRequest() == null ? null : e.getRequest().getId(),
                List.of(
                        String.valueOf(e.getId()),
                        String.valueOf(e.getAmountUsd()),
                        e.getMechanismName(),
                        e.getState().getName(),
                        e.getDecidedBy(),
                        e.getDisputeReason() == null ? "" : e.getDisputeReason(),
                        "/donor/external.xhtml"))));
    }
}
