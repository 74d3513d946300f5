package org.clearinghouse.proposals.domain;

import static org.clearinghouse.proposals.domain.ProposalState.CANCELLED;
import static org.clearinghouse.proposals.domain.ProposalState.COMMITTED;
import static org.clearinghouse.proposals.domain.ProposalState.COMPLETED;
import static org.clearinghouse.proposals.domain.ProposalState.DECLINED;
import static org.clearinghouse.proposals.domain.ProposalState.DONOR_ACCEPTED;
import static org.clearinghouse.proposals.domain.ProposalState.ENDORSED;
import static org.clearinghouse.proposals.domain.ProposalState.IMPLEMENTING;
import static org.clearinghouse.proposals.domain.ProposalState.PROPOSED;
import static org.clearinghouse.proposals.domain.ProposalState.RECIPIENT_ACCEPTED;
import static org.clearinghouse.proposals.domain.ProposalState.REJECTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clearinghouse.shared.domain.Party;

/**
 * The state machine of a proposal: which party may take which action in which state, and where it leads. Plain
 * Java, no persistence. (SUPERSEDED is set by a later matching run on PROPOSED proposals, never by a decision.)
 *
 * <pre>
 * PROPOSED            ENDORSE (secretariat) -> ENDORSED;  REJECT (secretariat) -> REJECTED
 * ENDORSED            ACCEPT (recipient) -> RECIPIENT_ACCEPTED;  ACCEPT (donor) -> DONOR_ACCEPTED
 * RECIPIENT_ACCEPTED  ACCEPT (donor) -> COMMITTED
 * DONOR_ACCEPTED      ACCEPT (recipient) -> COMMITTED
 * ENDORSED, *_ACCEPTED  DECLINE (recipient or donor) -> DECLINED;  REJECT (secretariat) -> REJECTED
 * COMMITTED           START (any of the three) -> IMPLEMENTING
 * IMPLEMENTING        COMPLETE (any of the three) -> COMPLETED
 * COMMITTED, IMPLEMENTING  CANCEL (any of the three) -> CANCELLED
 * </pre>
 */
public final class ProposalLifecycle {

    private static final Set<ProposalState> AWAITING_PARTIES = EnumSet.of(ENDORSED, RECIPIENT_ACCEPTED, DONOR_ACCEPTED);

    private ProposalLifecycle() {}

    /** Where {@code action} by {@code party} leads from {@code from}; empty when it is not allowed. */
    public static Optional<ProposalState> next(ProposalState from, DecisionAction action, Party party) {
        ProposalState to = switch (action) {
            case ENDORSE -> party == Party.SECRETARIAT && from == PROPOSED ? ENDORSED : null;
            case REJECT ->
                party == Party.SECRETARIAT && (from == PROPOSED || AWAITING_PARTIES.contains(from)) ? REJECTED : null;
            case ACCEPT -> accept(from, party);
            case DECLINE -> party != Party.SECRETARIAT && AWAITING_PARTIES.contains(from) ? DECLINED : null;
            case START -> from == COMMITTED ? IMPLEMENTING : null;
            case COMPLETE -> from == IMPLEMENTING ? COMPLETED : null;
            case CANCEL -> from == COMMITTED || from == IMPLEMENTING ? CANCELLED : null;
        };
        return Optional.ofNullable(to);
    }

    private static ProposalState accept(ProposalState from, Party party) {
        if (party == Party.RECIPIENT) {
            return from == ENDORSED ? RECIPIENT_ACCEPTED : from == DONOR_ACCEPTED ? COMMITTED : null;
        }
        if (party == Party.DONOR) {
            return from == ENDORSED ? DONOR_ACCEPTED : from == RECIPIENT_ACCEPTED ? COMMITTED : null;
        }
        return null;
    }

    /** The actions {@code party} may take in {@code state}, in declaration order. */
    public static List<DecisionAction> actions(ProposalState state, Party party) {
        return EnumSet.allOf(DecisionAction.class).stream()
                .filter(a -> next(state, a, party).isPresent())
                .toList();
    }

    /** Every state reachable from {@code from} in one decision by anyone. */
    public static Set<ProposalState> successors(ProposalState from) {
        Set<ProposalState> result = EnumSet.noneOf(ProposalState.class);
        for (DecisionAction action : DecisionAction.values()) {
            for (Party party : Party.values()) {
                next(from, action, party).ifPresent(result::add);
            }
        }
        return result;
    }

    /** A plain-words refusal for a decision that is not allowed now. */
    public static String refusal(long proposalId, ProposalState from, DecisionAction action, Party party) {
        List<DecisionAction> possible = actions(from, party);
        String who = switch (party) {
            case SECRETARIAT -> "the secretariat";
            case RECIPIENT -> "the recipient State";
            case DONOR -> "the donor";
        };
        String waiting = switch (from) {
            case PROPOSED -> " It awaits the secretariat's endorsement.";
            case RECIPIENT_ACCEPTED -> " The recipient State has accepted; it awaits the donor.";
            case DONOR_ACCEPTED -> " The donor has accepted; it awaits the recipient State.";
            case ENDORSED -> " It awaits the acceptance of the recipient State and of the donor.";
            default -> from.isFinal() ? " That is final." : "";
        };
        return "Proposal " + proposalId + " is " + from + ": " + who + " cannot " + action + " it now." + waiting
                + (possible.isEmpty()
                        ? " Nothing is possible for " + who + " now."
                        : " Possible for " + who + " now: " + possible + ".");
    }
}
