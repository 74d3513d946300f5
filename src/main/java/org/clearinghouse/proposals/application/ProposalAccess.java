package org.clearinghouse.proposals.application;

import java.util.Optional;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * Who may see and decide on a proposal: the secretariat always; the recipient account of the request's State and the
 * donor account of the offer's donor for what concerns them; nobody else (404 as if unknown, the admin 403,
 * anonymous 401).
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

    /** The roles that take part in proposals: 401 when anonymous, 403 for the others, whatever the proposal. */
    static void requireTakingPart(Caller caller) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.RECIPIENT, Role.DONOR);
    }

    /**
     * The caller's party; 401 when anonymous, 403 for a role that takes no part in proposals, 404 (as for an unknown
     * proposal: the caller may not know it exists) when the proposal concerns neither its State nor its offers.
     */
    static Party require(Caller caller, Proposal proposal) {
        requireTakingPart(caller);
        return partyOf(caller, proposal).orElseThrow(() -> new NotFoundException("Proposal", proposal.getId()));
    }
}
