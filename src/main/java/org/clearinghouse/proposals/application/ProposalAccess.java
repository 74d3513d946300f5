package org.clearinghouse.proposals.application;

import java.util.Optional;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.errors.AccessDeniedException;

/**
 * Who may see and decide on a proposal: the secretariat always; the recipient account of the request's State and the
 * donor account of the offer's donor for what concerns them; nobody else (403; anonymous 401).
 */
final class ProposalAccess {

    private ProposalAccess() {}

    /** The capacity in which the caller acts on this proposal, if any. */
    static Optional<Party> partyOf(Caller caller, Proposal proposal) {
        if (caller.isSecretariat()) {
            return Optional.of(Party.SECRETARIAT);
        }
        if (caller.isRecipientOf(proposal.getRequest().getRecipientState().getCode())) {
            return Optional.of(Party.RECIPIENT);
        }
        if (caller.isDonor(proposal.getOffer().donorCode())) {
            return Optional.of(Party.DONOR);
        }
        return Optional.empty();
    }

    /** The caller's party; 401 when anonymous, 403 when the proposal does not concern the caller. */
    static Party require(Caller caller, Proposal proposal) {
        caller.requireSignedIn();
        return partyOf(caller, proposal)
                .orElseThrow(() -> new AccessDeniedException(
                        "Proposal " + proposal.getId() + " concerns neither your State nor your offers."));
    }
}
