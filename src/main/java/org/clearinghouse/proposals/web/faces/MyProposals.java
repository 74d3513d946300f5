package org.clearinghouse.proposals.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.proposals.application.DecisionHistoryService;
import org.clearinghouse.proposals.application.DecisionView;
import org.clearinghouse.proposals.application.ProposalReviewService;
import org.clearinghouse.proposals.application.ProposalView;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/**
 * The proposals that concern a recipient State or a donor, newest first: accept, or decline with a reason, where
 * the proposal's lifecycle lets the reader decide now.
 */
@Named
@ViewScoped
public class MyProposals implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProposalReviewService review;

    @Inject
    DecisionHistoryService history;

    @Inject
    Instance<Caller> caller;

    /** States in which the recipient State, or the donor, has accepted. */
    private static final Set<String> RECIPIENT_ACCEPTED =
            Set.of("RECIPIENT_ACCEPTED", "COMMITTED", "IMPLEMENTING", "COMPLETED");

    private static final Set<String> DONOR_ACCEPTED =
            Set.of("DONOR_ACCEPTED", "COMMITTED", "IMPLEMENTING", "COMPLETED");
    private static final Set<String> AWAITING_ACCEPTANCE = Set.of("ENDORSED", "RECIPIENT_ACCEPTED", "DONOR_ACCEPTED");

    private final Map<String, List<DecisionView>> histories = new HashMap<>();

    private String state;
    private PagedModel<ProposalView> model;
    private ProposalView declining;
    private String reason;

    @PostConstruct
    void init() {
        model = new PagedModel<>(this::page, p -> Long.toString(p.id()), null);
    }

    /** One page of the table, with the histories its expanded rows show read at once (not a query per row). */
    private Page<ProposalView> page(PageRequest request) {
        Page<ProposalView> page =
                review.list(caller.get(), state == null ? null : ProposalState.valueOf(state), request);
        Map<Long, List<DecisionView>> read = history.ofProposals(
                caller.get(), page.items().stream().map(ProposalView::id).toList());
        page.items().forEach(p -> histories.put(p.id() + ":" + p.version(), read.getOrDefault(p.id(), List.of())));
        return page;
    }

    public void accept(ProposalView proposal) {
        Decisions.take(
                () -> review.decide(caller.get(), proposal.id(), "ACCEPT", null, proposal.version()),
                proposal,
                "proposal.accepted",
                null);
    }

    public void startDecline(ProposalView proposal) {
        declining = proposal;
        reason = null;
    }

    public void confirmDecline() {
        if (declining != null
                && Decisions.take(
                        () -> review.decide(caller.get(), declining.id(), "DECLINE", reason, declining.version()),
                        declining,
                        "proposal.declined",
                        "declineForm:reason")) {
            declining = null;
        }
    }

    /** The proposal's history, oldest first (read once per proposal and view). */
    public List<DecisionView> history(ProposalView proposal) {
        return histories.computeIfAbsent(
                proposal.id() + ":" + proposal.version(), k -> history.ofProposal(caller.get(), proposal.id()));
    }

    /** Whether both acceptances are still being collected (the page then shows who has accepted). */
    public boolean awaitingAcceptance(ProposalView proposal) {
        return AWAITING_ACCEPTANCE.contains(proposal.state());
    }

    public boolean recipientAccepted(ProposalView proposal) {
        return RECIPIENT_ACCEPTED.contains(proposal.state());
    }

    public boolean donorAccepted(ProposalView proposal) {
        return DONOR_ACCEPTED.contains(proposal.state());
    }

    /** The states a filter offers (superseded ones are never listed). */
    public List<String> getStates() {
        return Arrays.stream(ProposalState.values())
                .filter(s -> s != ProposalState.SUPERSEDED)
                .map(Enum::name)
                .toList();
    }

    public PagedModel<ProposalView> getModel() {
        return model;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null || state.isBlank() ? null : state;
    }

    public ProposalView getDeclining() {
        return declining;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
