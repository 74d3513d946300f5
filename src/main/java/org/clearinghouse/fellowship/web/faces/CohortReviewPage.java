package org.clearinghouse.fellowship.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.fellowship.application.CallView;
import org.clearinghouse.fellowship.application.CohortReviewService;
import org.clearinghouse.fellowship.application.CohortSelectionService;
import org.clearinghouse.fellowship.application.FellowshipCallService;
import org.clearinghouse.fellowship.application.NominationService;
import org.clearinghouse.fellowship.application.NominationView;
import org.clearinghouse.fellowship.application.PinInput;
import org.clearinghouse.fellowship.application.SelectionInput;
import org.clearinghouse.fellowship.application.SelectionView;
import org.clearinghouse.fellowship.application.SwapInput;
import org.clearinghouse.fellowship.application.VersionInput;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * The secretariat's review of one call's cohort: its nominations and funding, the proposed cohort with the waiting
 * list and the reasons, and pin, swap, re-run, close and confirm; after the confirmation, withdrawals.
 */
@Named
@ViewScoped
public class CohortReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS =
            Map.of("withNominationId", "swapForm:arriving", "pin", "reviewForm:nominations");

    /** The engine's time on the page: a proven optimum usually comes well before it. */
    private static final SelectionInput LIMIT = new SelectionInput(5);

    @Inject
    FellowshipCallService calls;

    @Inject
    NominationService nominationService;

    @Inject
    CohortSelectionService selection;

    @Inject
    CohortReviewService review;

    @Inject
    Instance<Caller> caller;

    private Long id;
    private CallView call;
    private List<NominationView> nominations;
    private SelectionView proposal;
    private Long leaving;
    private Long arriving;

    /** Reads the call named by the {@code id} parameter; 404 when there is none. */
    public void load() throws IOException {
        FormSubmission.readOr404(() -> {
            if (id == null) {
                throw new NotFoundException("Call", "none");
            }
            refresh();
        });
    }

    public void propose() {
        FormSubmission.withFields(FIELDS).run(() -> {
            proposal = selection.propose(caller.get(), id, LIMIT);
            Texts.info("fellowship.review.proposed");
        });
    }

    public void pin(NominationView n, String code) {
        FormSubmission.withFields(FIELDS).stale("fellowship.review.conflict").run(() -> {
            review.pin(caller.get(), id, n.id(), new PinInput(code, n.version()));
            refresh();
            proposal = selection.propose(caller.get(), id, LIMIT);
            Texts.info("fellowship.review.pinned");
        });
    }

    public void swap() {
        FormSubmission.withFields(FIELDS).stale("fellowship.review.conflict").run(() -> {
            if (leaving == null) {
                Texts.fieldError("swapForm:leaving", "fellowship.review.swap.choose");
                return;
            }
            proposal = review.swap(
                    caller.get(), id, leaving, new SwapInput(arriving, null, null, LIMIT.timeLimitSeconds()));
            refresh();
            Texts.info("fellowship.review.swapped");
        });
    }

    public void close() {
        FormSubmission.handling().stale("fellowship.review.conflict").run(() -> {
            calls.close(caller.get(), id, call.version());
            refresh();
            Texts.info("fellowship.review.closed");
        });
    }

    public void confirm() {
        FormSubmission.handling().stale("fellowship.review.conflict").run(() -> {
            proposal = selection.confirm(caller.get(), id, LIMIT);
            refresh();
            Texts.info("fellowship.review.confirmed");
        });
    }

    public void withdraw(NominationView n) {
        FormSubmission.handling().stale("fellowship.review.conflict").run(() -> {
            review.withdraw(caller.get(), id, n.id(), new VersionInput(n.version()));
            refresh();
            Texts.info("fellowship.review.withdrawn");
        });
    }

    /** The name and State of a nomination, for the cohort tables. */
    public String nameOf(long nominationId) {
        return nominations.stream()
                .filter(n -> n.id() == nominationId)
                .findFirst()
                .map(n -> n.givenName() + " " + n.familyName() + " (" + n.state() + ")")
                .orElse(String.valueOf(nominationId));
    }

    public boolean isConfirmed() {
        return "CONFIRMED".equals(call.status());
    }

    public boolean isOpen() {
        return "OPEN".equals(call.status());
    }

    private void refresh() {
        call = calls.get(id);
        nominations = nominationService.list(caller.get(), id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CallView getCall() {
        return call;
    }

    public List<NominationView> getNominations() {
        return nominations;
    }

    public SelectionView getProposal() {
        return proposal;
    }

    public Long getLeaving() {
        return leaving;
    }

    public void setLeaving(Long leaving) {
        this.leaving = leaving;
    }

    public Long getArriving() {
        return arriving;
    }

    public void setArriving(Long arriving) {
        this.arriving = arriving;
    }
}
