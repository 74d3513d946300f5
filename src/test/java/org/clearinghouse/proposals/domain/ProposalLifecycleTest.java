package org.clearinghouse.proposals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearinghouse.proposals.domain.DecisionAction.ACCEPT;
import static org.clearinghouse.proposals.domain.DecisionAction.CANCEL;
import static org.clearinghouse.proposals.domain.DecisionAction.COMPLETE;
import static org.clearinghouse.proposals.domain.DecisionAction.DECLINE;
import static org.clearinghouse.proposals.domain.DecisionAction.ENDORSE;
import static org.clearinghouse.proposals.domain.DecisionAction.REJECT;
import static org.clearinghouse.proposals.domain.DecisionAction.START;
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
import static org.clearinghouse.proposals.domain.ProposalState.SUPERSEDED;
import static org.clearinghouse.shared.domain.Party.DONOR;
import static org.clearinghouse.shared.domain.Party.RECIPIENT;
import static org.clearinghouse.shared.domain.Party.SECRETARIAT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearinghouse.shared.domain.Party;
import org.junit.jupiter.api.Test;

/** The proposal state machine: every (state, action, party) and every pair of states, allowed or not. */
class ProposalLifecycleTest {

    /** The whole table: (from, action, party) -> to. Anything not listed is refused. */
    private static final Map<String, ProposalState> ALLOWED = Map.ofEntries(
            Map.entry(key(PROPOSED, ENDORSE, SECRETARIAT), ENDORSED),
            Map.entry(key(PROPOSED, REJECT, SECRETARIAT), REJECTED),
            Map.entry(key(ENDORSED, REJECT, SECRETARIAT), REJECTED),
            Map.entry(key(RECIPIENT_ACCEPTED, REJECT, SECRETARIAT), REJECTED),
            Map.entry(key(DONOR_ACCEPTED, REJECT, SECRETARIAT), REJECTED),
            Map.entry(key(ENDORSED, ACCEPT, RECIPIENT), RECIPIENT_ACCEPTED),
            Map.entry(key(ENDORSED, ACCEPT, DONOR), DONOR_ACCEPTED),
            Map.entry(key(RECIPIENT_ACCEPTED, ACCEPT, DONOR), COMMITTED),
            Map.entry(key(DONOR_ACCEPTED, ACCEPT, RECIPIENT), COMMITTED),
            Map.entry(key(ENDORSED, DECLINE, RECIPIENT), DECLINED),
            Map.entry(key(ENDORSED, DECLINE, DONOR), DECLINED),
            Map.entry(key(RECIPIENT_ACCEPTED, DECLINE, RECIPIENT), DECLINED),
            Map.entry(key(RECIPIENT_ACCEPTED, DECLINE, DONOR), DECLINED),
            Map.entry(key(DONOR_ACCEPTED, DECLINE, RECIPIENT), DECLINED),
            Map.entry(key(DONOR_ACCEPTED, DECLINE, DONOR), DECLINED),
            Map.entry(key(COMMITTED, START, SECRETARIAT), IMPLEMENTING),
            Map.entry(key(COMMITTED, START, RECIPIENT), IMPLEMENTING),
            Map.entry(key(COMMITTED, START, DONOR), IMPLEMENTING),
            Map.entry(key(IMPLEMENTING, COMPLETE, SECRETARIAT), COMPLETED),
            Map.entry(key(IMPLEMENTING, COMPLETE, RECIPIENT), COMPLETED),
            Map.entry(key(IMPLEMENTING, COMPLETE, DONOR), COMPLETED),
            Map.entry(key(COMMITTED, CANCEL, SECRETARIAT), CANCELLED),
            Map.entry(key(COMMITTED, CANCEL, RECIPIENT), CANCELLED),
            Map.entry(key(COMMITTED, CANCEL, DONOR), CANCELLED),
            Map.entry(key(IMPLEMENTING, CANCEL, SECRETARIAT), CANCELLED),
            Map.entry(key(IMPLEMENTING, CANCEL, RECIPIENT), CANCELLED),
            Map.entry(key(IMPLEMENTING, CANCEL, DONOR), CANCELLED));

    /** Every pair of states one decision can connect. */
    private static final Set<String> EDGES = Set.of(
            "PROPOSED>ENDORSED",
            "PROPOSED>REJECTED",
            "ENDORSED>RECIPIENT_ACCEPTED",
            "ENDORSED>DONOR_ACCEPTED",
            "ENDORSED>DECLINED",
            "ENDORSED>REJECTED",
            "RECIPIENT_ACCEPTED>COMMITTED",
            "RECIPIENT_ACCEPTED>DECLINED",
            "RECIPIENT_ACCEPTED>REJECTED",
            "DONOR_ACCEPTED>COMMITTED",
            "DONOR_ACCEPTED>DECLINED",
            "DONOR_ACCEPTED>REJECTED",
            "COMMITTED>IMPLEMENTING",
            "COMMITTED>CANCELLED",
            "IMPLEMENTING>COMPLETED",
            "IMPLEMENTING>CANCELLED");

    @Test
    void everyStateActionAndPartyIsAllowedExactlyAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (ProposalState from : ProposalState.values()) {
            for (DecisionAction action : DecisionAction.values()) {
                for (Party party : Party.values()) {
                    Optional<ProposalState> expected = Optional.ofNullable(ALLOWED.get(key(from, action, party)));
                    Optional<ProposalState> actual = ProposalLifecycle.next(from, action, party);
                    if (!expected.equals(actual)) {
                        wrong.add(key(from, action, party) + ": expected " + expected + ", got " + actual);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPairOfStatesIsConnectedOrNotAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (ProposalState from : ProposalState.values()) {
            for (ProposalState to : ProposalState.values()) {
                boolean allowed = ProposalLifecycle.successors(from).contains(to);
                if (allowed != EDGES.contains(from + ">" + to)) {
                    wrong.add(from + ">" + to + (allowed ? " allowed" : " refused"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void finalStatesLeadNowhereAndOnlyEndorsedOnesArePinned() {
        for (ProposalState state : ProposalState.values()) {
            assertThat(ProposalLifecycle.successors(state).isEmpty())
                    .as(state.name())
                    .isEqualTo(state.isFinal());
        }
        assertThat(Set.of(ProposalState.values()))
                .filteredOn(ProposalState::isPinnedByRuns)
                .containsExactlyInAnyOrder(ENDORSED, RECIPIENT_ACCEPTED, DONOR_ACCEPTED);
        assertThat(Set.of(ProposalState.values()))
                .filteredOn(s -> !s.isKeptByRuns())
                .containsExactlyInAnyOrder(PROPOSED, SUPERSEDED);
    }

    @Test
    void actionsAndRefusalsAreSpelledOutForTheParty() {
        assertThat(ProposalLifecycle.actions(ENDORSED, RECIPIENT)).containsExactly(ACCEPT, DECLINE);
        assertThat(ProposalLifecycle.actions(PROPOSED, SECRETARIAT)).containsExactly(ENDORSE, REJECT);
        assertThat(ProposalLifecycle.actions(COMPLETED, DONOR)).isEmpty();
        assertThat(ProposalLifecycle.refusal(7, PROPOSED, ACCEPT, RECIPIENT))
                .contains("Proposal 7 is PROPOSED")
                .contains("awaits the secretariat's endorsement");
        assertThat(ProposalLifecycle.refusal(7, RECIPIENT_ACCEPTED, ACCEPT, RECIPIENT))
                .contains("awaits the donor")
                .contains("Possible for the recipient State now: [DECLINE]");
        assertThat(DecisionAction.REJECT.needsReason()).isTrue();
        assertThat(DecisionAction.ACCEPT.needsReason()).isFalse();
    }

    private static String key(ProposalState from, DecisionAction action, Party party) {
        return from + "/" + action + "/" + party;
    }
}
