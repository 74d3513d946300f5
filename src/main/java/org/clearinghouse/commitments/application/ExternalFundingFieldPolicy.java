package org.clearinghouse.commitments.application;

import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;

/**
 * Which fields of a record of funding through another mechanism a caller who may read it sees (docs/visibility.md).
 * The secretariat, the administrator and the donor the record is for read it in full. Other donors and the recipient
 * State read the funding itself (State, area, amount, period, source, mechanism, donor, request) so that nothing is
 * funded twice, and a claim's status, but not the recorder's note nor the name of the account that recorded it (the State also reads who decided, its
 * own focal point or the secretariat).
 */
public final class ExternalFundingFieldPolicy {

    private ExternalFundingFieldPolicy() {}

    /** True when the caller reads every field of a record made for {@code donorCode} (null: for no donor). */
    public static boolean readsInFull(Caller caller, String donorCode) {
        return caller.isSecretariat() || caller.is(Role.ADMIN) || (donorCode != null && caller.isDonor(donorCode));
    }

    /** The record as this caller sees it. */
    public static ExternalCommitmentView viewFor(Caller caller, ExternalCommitmentView full) {
        if (readsInFull(caller, full.donor())) {
            return full;
        }
        return new ExternalCommitmentView(
                full.id(),
                full.state(),
                full.stateName(),
                full.area(),
                full.amountUsd(),
                full.start(),
                full.end(),
                full.source(),
                full.mechanismName(),
                full.donor(),
                full.requestId(),
                null,
                full.version(),
                null,
                full.createdAt(),
                full.status(),
                caller.isRecipientOf(full.state()) ? full.decidedBy() : null, // its own focal point or the secretariat
                full.decidedAt(),
                full.disputeReason());
    }
}
