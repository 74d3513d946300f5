package org.clearinghouse.proposals.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.proposals.application.CommitmentProgressService;
import org.clearinghouse.proposals.application.CommitmentView;
import org.clearinghouse.proposals.application.DecisionHistoryService;
import org.clearinghouse.proposals.application.DecisionView;
import org.clearinghouse.proposals.application.ProgressInput;
import org.clearinghouse.proposals.application.ProposalReviewService;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * One commitment: its implementation and results for the recipient State, the donor and the secretariat; the
 * recipient State or the donor reports progress and completes it; any of the three cancels it with a reason while
 * it is not completed. Shows the history of the proposal it came from.
 */
@Named
@ViewScoped
public class CommitmentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "progressForm:";
    private static final Map<String, String> FIELDS = Map.of(
            "disbursedUsd",
            FORM + "disbursed",
            "progressPercent",
            FORM + "progress",
            "plannedOutputs",
            FORM + "planned",
            "achievedOutputs",
            FORM + "achieved",
            "completionDate",
            FORM + "completionDate",
            "resultsStatement",
            FORM + "results");

    @Inject
    CommitmentProgressService progress;

    @Inject
    ProposalReviewService review;

    @Inject
    DecisionHistoryService history;

    @Inject
    Instance<Caller> caller;

    private Long id;
    private CommitmentView commitment;
    private List<DecisionView> entries = List.of();
    private Long disbursedUsd;
    private Integer progressPercent;
    private String plannedOutputs;
    private String achievedOutputs;
    private LocalDate completionDate;
    private String resultsStatement;
    private String cancelReason;

    /** Reads the commitment named by the {@code id} parameter; 404 when unknown or not the reader's. */
    public void load() throws IOException {
        FormSubmission.readOr404(() -> {
            if (id == null) {
                throw new NotFoundException("Commitment", "none");
            }
            refresh();
        });
    }

    private void refresh() {
        commitment = progress.get(caller.get(), id);
        entries =
                commitment.proposalId() == null ? List.of() : history.ofProposal(caller.get(), commitment.proposalId());
        disbursedUsd = commitment.disbursedUsd();
        progressPercent = commitment.progressPercent();
        plannedOutputs = commitment.plannedOutputs();
        achievedOutputs = commitment.achievedOutputs();
        completionDate = commitment.completionDate() == null ? null : LocalDate.parse(commitment.completionDate());
        resultsStatement = commitment.resultsStatement();
    }

    public void save() {
        report(false);
    }

    public void complete() {
        boolean missing = false;
        if (completionDate == null) {
            Texts.fieldError(FORM + "completionDate", "commitment.completionDate.required");
            missing = true;
        }
        if (resultsStatement == null || resultsStatement.isBlank()) {
            Texts.fieldError(FORM + "results", "commitment.results.required");
            missing = true;
        }
        if (!missing) {
            report(true);
        }
    }

    private void report(boolean completing) {
        if (disbursedUsd != null && disbursedUsd > commitment.amountUsd()) {
            Texts.fieldError(FORM + "disbursed", "commitment.disbursed.tooHigh", commitment.amountUsd());
            return;
        }
        FormSubmission.withFields(FIELDS)
                .conflict("commitment.error.conflict")
                .on(ConflictException.class, c -> refresh())
                .denied("commitment.error.notYours")
                .run(() -> {
                    progress.report(
                            caller.get(),
                            id,
                            new ProgressInput(
                                    disbursedUsd,
                                    progressPercent,
                                    plannedOutputs,
                                    achievedOutputs,
                                    completionDate == null ? null : completionDate.toString(),
                                    resultsStatement,
                                    completing,
                                    commitment.version()));
                    Texts.info(completing ? "commitment.completed" : "commitment.saved", commitment.requestTitle());
                    refresh();
                });
    }

    public void cancel() {
        if (cancelReason == null || cancelReason.isBlank()) {
            Texts.fieldError("cancelForm:cancelReason", "proposal.reason.required");
            return;
        }
        FormSubmission.handling()
                .invalid("cancelForm:cancelReason", "proposal.reason.required")
                .conflict("commitment.error.conflict")
                .on(ConflictException.class, c -> refresh())
                .deniedOrMissing("commitment.error.notYours")
                .run(() -> {
                    var proposal = review.get(caller.get(), commitment.proposalId());
                    review.decide(caller.get(), proposal.id(), "CANCEL", cancelReason, proposal.version());
                    Texts.info("commitment.cancelled", commitment.requestTitle());
                    cancelReason = null;
                    refresh();
                });
    }

    /** The recipient State or the donor may report while the commitment is open; the secretariat reads. */
    public boolean isReportable() {
        return commitment != null && !caller.get().isSecretariat() && isOpen();
    }

    /** Cancelling goes through the proposal's lifecycle: only for commitments made on the platform, still open. */
    public boolean isCancellable() {
        return commitment != null && commitment.proposalId() != null && isOpen();
    }

    private boolean isOpen() {
        return "ACTIVE".equals(commitment.status()) || "IMPLEMENTING".equals(commitment.status());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CommitmentView getCommitment() {
        return commitment;
    }

    public List<DecisionView> getHistory() {
        return entries;
    }

    public Long getDisbursedUsd() {
        return disbursedUsd;
    }

    public void setDisbursedUsd(Long disbursedUsd) {
        this.disbursedUsd = disbursedUsd;
    }

    public Integer getProgressPercent() {
        return progressPercent;
    }

    public void setProgressPercent(Integer progressPercent) {
        this.progressPercent = progressPercent;
    }

    public String getPlannedOutputs() {
        return plannedOutputs;
    }

    public void setPlannedOutputs(String plannedOutputs) {
        this.plannedOutputs = plannedOutputs;
    }

    public String getAchievedOutputs() {
        return achievedOutputs;
    }

    public void setAchievedOutputs(String achievedOutputs) {
        this.achievedOutputs = achievedOutputs;
    }

    public LocalDate getCompletionDate() {
        return completionDate;
    }

    public void setCompletionDate(LocalDate completionDate) {
        this.completionDate = completionDate;
    }

    public String getResultsStatement() {
        return resultsStatement;
    }

    public void setResultsStatement(String resultsStatement) {
        this.resultsStatement = resultsStatement;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
