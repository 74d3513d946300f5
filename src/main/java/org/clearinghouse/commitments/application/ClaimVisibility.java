package org.clearinghouse.commitments.application;

import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.commitments.domain.ExternalCommitment;
import org.clearinghouse.shared.domain.Party;

/**
 * Who may know of funding recorded against a State. The secretariat and the administrator: all. The State: all of
 * its own (claims included). A donor: what counts (confirmed) and its own records in any status, never another
 * donor's claim or dispute. Anyone else learns nothing (404).
 */
final class ClaimVisibility {

    private ClaimVisibility() {}

    static boolean mayKnow(Caller caller, ExternalCommitment e) {
        if (caller.isSecretariat() || caller.is(Role.ADMIN)) {
            return true;
        }
        if (caller.is(Role.RECIPIENT)) {
            return caller.isRecipientOf(e.getState().getCode());
        }
        if (caller.is(Role.DONOR)) {
            return e.counts() || ownedBy(caller, e);
        }
        return false;
    }

    /** Whether the record names the caller's own donor. */
    static boolean ownedBy(Caller caller, ExternalCommitment e) {
        return e.getDonorCode() != null && caller.isDonor(e.getDonorCode());
    }

    /** Whether the caller decides on claims against this record's State: its recipient account or the secretariat. */
    static boolean decides(Caller caller, ExternalCommitment e) {
        return caller.isSecretariat() || caller.isRecipientOf(e.getState().getCode());
    }

    /** The capacity a deciding caller acts in. */
    static Party partyOf(Caller caller) {
        if (caller.isSecretariat()) {
            return Party.SECRETARIAT;
        }
        return caller.is(Role.RECIPIENT) ? Party.RECIPIENT : Party.DONOR;
    }
}
