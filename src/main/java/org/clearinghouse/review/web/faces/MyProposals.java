package org.clearinghouse.review.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.review.application.ProposalReviewService;
import org.clearinghouse.review.application.ProposalView;
import org.clearinghouse.review.domain.ProposalState;

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
    Instance<Caller> caller;

    private String state;
    private PagedModel<ProposalView> model;
    private ProposalView declining;
    private String reason;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> review.list(caller.get(), state == null ? null : ProposalState.valueOf(state), page),
                p -> Long.toString(p.id()), null);
    }

    public void accept(ProposalView proposal) {
        Decisions.take(() -> review.decide(caller.get(), proposal.id(), "ACCEPT", null, proposal.version()), proposal,
                "proposal.accepted", null);
    }

    public void startDecline(ProposalView proposal) {
        declining = proposal;
        reason = null;
    }

    public void confirmDecline() {
        if (declining != null && Decisions.take(() -> review.decide(caller.get(), declining.id(), "DECLINE", reason,
                declining.version()), declining, "proposal.declined", "declineForm:reason")) {
            declining = null;
        }
    }

    /** The states a filter offers (superseded ones are never listed). */
    public List<String> getStates() {
        return Arrays.stream(ProposalState.values()).filter(s -> s != ProposalState.SUPERSEDED)
                .map(Enum::name).toList();
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
