package org.clearinghouse.matchingruns.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.matchingruns.application.CoverageView;
import org.clearinghouse.matchingruns.application.MatchingRunService;
import org.clearinghouse.matchingruns.application.RunCoverageReader;
import org.clearinghouse.matchingruns.application.UnfundedView;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.proposals.application.ProposalReviewService;
import org.clearinghouse.proposals.application.ProposalView;
import org.clearinghouse.proposals.web.faces.Decisions;
import org.clearinghouse.shared.paging.Page;

/**
 * The secretariat's review of the latest run: its proposals (endorse, reject with a reason, endorse all), the
 * requests it left unfunded and why, and its coverage by priority, area and region with the priority inversions it left.
 */
@Named
@ViewScoped
public class RunReview implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final CoverageView EMPTY = new CoverageView(List.of(), List.of(), List.of(), List.of());

    @Inject
    MatchingRunService runs;

    @Inject
    ProposalReviewService review;

    @Inject
    RunCoverageReader coverageReader;

    @Inject
    MatchingControl control;

    @Inject
    Instance<Caller> caller;

    private PagedModel<ProposalView> proposals;
    private PagedModel<UnfundedView> unfunded;
    private ProposalView rejecting;
    private String reason;
    private Long coverageRunId;
    private CoverageView coverage = EMPTY;

    @PostConstruct
    void init() {
        proposals = new PagedModel<>(
                page -> {
                    Long run = control.getReviewedRunId();
                    return run == null ? Page.empty(page) : runs.proposals(caller.get(), run, null, page);
                },
                p -> Long.toString(p.id()),
                null);
        unfunded = new PagedModel<>(
                page -> {
                    Long run = control.getReviewedRunId();
                    return run == null ? Page.empty(page) : runs.unfunded(caller.get(), run, page);
                },
                u -> Long.toString(u.requestId()),
                null);
    }

    public void endorse(ProposalView proposal) {
        Decisions.take(
                () -> review.decide(caller.get(), proposal.id(), "ENDORSE", null, proposal.version()),
                proposal,
                "proposal.endorsed",
                null);
    }

    public void startReject(ProposalView proposal) {
        rejecting = proposal;
        reason = null;
    }

    public void confirmReject() {
        if (rejecting != null
                && Decisions.take(
                        () -> review.decide(caller.get(), rejecting.id(), "REJECT", reason, rejecting.version()),
                        rejecting,
                        "proposal.rejected",
                        "rejectForm:reason")) {
            rejecting = null;
        }
    }

    public void endorseAll() {
        Long run = control.getReviewedRunId();
        if (run == null) {
            return;
        }
        FormSubmission.handling()
                .conflict("error.conflict")
                .run(() -> Texts.info("proposal.endorsedAll", review.acceptAll(caller.get(), run)));
    }

    /** Funded share of the requested amounts by priority, area and region, and the priority inversions. */
    public CoverageView getCoverage() {
        Long run = control.getReviewedRunId();
        if (run == null) {
            return EMPTY;
        }
        if (!run.equals(coverageRunId)) {
            coverage = coverageReader.coverage(caller.get(), run);
            coverageRunId = run;
        }
        return coverage;
    }

    /** Charts (Chart.js bar charts) of the percent funded by priority, area and region. */
    public String getPriorityChart() {
        return RunCoverage.byPriority(getCoverage().byPriority());
    }

    public String getAreaChart() {
        return RunCoverage.byArea(getCoverage().byArea());
    }

    public String getRegionChart() {
        return RunCoverage.byRegion(getCoverage().byRegion());
    }

    public PagedModel<ProposalView> getProposals() {
        return proposals;
    }

    public PagedModel<UnfundedView> getUnfunded() {
        return unfunded;
    }

    public ProposalView getRejecting() {
        return rejecting;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
