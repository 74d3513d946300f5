package org.clearinghouse.matchingruns.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.matchingruns.application.MatchingRunService;
import org.clearinghouse.matchingruns.application.RunCoverageReader;
import org.clearinghouse.matchingruns.application.RunView;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Formats;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.paging.PageRequest;
import org.primefaces.PrimeFaces;

/**
 * The secretariat's matching runs: the latest run, starting one with a time limit, its live progress (the page
 * polls {@link #refresh} every second while it runs) and stopping it.
 */
@Named
@ViewScoped
public class MatchingControl implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_TIME_LIMIT_SECONDS = 10;

    @Inject
    MatchingRunService runs;

    @Inject
    Instance<Caller> caller;

    @Inject
    Formats formats;

    @Inject
    RunCoverageReader coverage;

    private Long countedRunId;
    private Integer requestsProposedFor;

    private Integer timeLimit = DEFAULT_TIME_LIMIT_SECONDS;
    private RunView run;

    @PostConstruct
    void init() {
        run = latest();
    }

    private RunView latest() {
        var page = runs.list(caller.get(), PageRequest.of(0, 1));
        return page.items().isEmpty() ? null : page.items().get(0);
    }

    /** Starts a run (also a re-run: endorsed and accepted proposals are kept by the service). */
    public void start() {
        FormSubmission.handling()
                .on(ConflictException.class, running -> run = latest())
                .conflict("matching.error.running")
                .invalid("matchForm:timeLimit", "matching.error.timeLimit", MatchingRunService.MAX_TIME_LIMIT_SECONDS)
                .run(() -> {
                    run = runs.start(caller.get(), timeLimit);
                    Texts.info("matching.started", run.id());
                });
    }

    public void stop() {
        if (run == null) {
            return;
        }
        FormSubmission.handling()
                .on(ConflictException.class, ended -> refresh())
                .run(() -> {
                    run = runs.stop(caller.get(), run.id());
                    Texts.info("matching.stopping");
                });
    }

    /** The run as it stands now; says so once when it has ended, and then shows its controls and review anew. */
    public void refresh() {
        boolean wasRunning = isRunning();
        run = run == null ? latest() : runs.get(caller.get(), run.id());
        if (wasRunning && !isRunning()) {
            // the poll refreshes only the figures; the message, the controls and the review change once, now (a later
            // poll, queued meanwhile, leaves them alone)
            PrimeFaces.current().ajax().update("matchForm:messages", "matchForm:runPanel", "matchForm:review");
            switch (run.status()) {
                case "FAILED" -> Texts.error("matching.failed", run.failureMessage());
                case "STOPPED" -> Texts.info("matching.stopped", run.proposalCount(), run.unfundedCount());
                default -> Texts.info("matching.completed", run.proposalCount(), run.unfundedCount());
            }
        }
    }

    public boolean isRunning() {
        return run != null && "RUNNING".equals(run.status());
    }

    /** The id of the run whose proposals can be reviewed (the latest, once it has ended with a result). */
    public Long getReviewedRunId() {
        return run != null && ("COMPLETED".equals(run.status()) || "STOPPED".equals(run.status())) ? run.id() : null;
    }

    /** Seconds since the start, with one decimal. */
    public double getElapsedSeconds() {
        return run == null ? 0 : run.elapsedMs() / 1000.0;
    }

    /** Elapsed time as a share of the time limit, 0 to 100. */
    public int getPercent() {
        if (run == null || run.timeLimitSeconds() <= 0) {
            return 0;
        }
        if (!isRunning()) {
            return 100;
        }
        return (int) Math.min(100, run.elapsedMs() / (10L * run.timeLimitSeconds()));
    }

    public String getRunLabel() {
        return run == null ? "" : Texts.text("matching.run", run.id());
    }

    /** "12 proposals, 3 requests left open, $1,200,000 proposed". */
    public String getCountsText() {
        return run == null || run.proposalCount() == null
                ? ""
                : Texts.text(
                        "matching.counts", run.proposalCount(), run.unfundedCount(), formats.usd(run.proposedUsd()));
    }

    /**
     * The run's result in words ("all rules met · USD 5.3 million proposed for 25 requests · 6 not fully funded");
     * while it runs, whether its best solution so far meets every rule ("not yet" before it has one).
     */
    public String getSummaryText() {
        if (run == null || run.bestScore() == null && run.proposalCount() == null) {
            return Texts.text("matching.noScoreYet");
        }
        boolean result = !isRunning() && run.proposalCount() != null;
        return RunSummary.of(
                formats.words(),
                run.feasible(),
                run.bestScore(),
                result ? run.proposedUsd() : null,
                result ? requestsProposedFor() : null,
                result ? run.unfundedCount() : null);
    }

    private Integer requestsProposedFor() {
        if (!Long.valueOf(run.id()).equals(countedRunId)) {
            requestsProposedFor = coverage.requestsProposedFor(caller.get(), run.id());
            countedRunId = run.id();
        }
        return requestsProposedFor;
    }

    public String getFailureText() {
        return run == null ? "" : Texts.text("matching.failed", run.failureMessage());
    }

    public String getTimeLimitMessage() {
        return Texts.text("matching.error.timeLimit", MatchingRunService.MAX_TIME_LIMIT_SECONDS);
    }

    public RunView getRun() {
        return run;
    }

    public Integer getTimeLimit() {
        return timeLimit;
    }

    public void setTimeLimit(Integer timeLimit) {
        this.timeLimit = timeLimit;
    }

    public int getMaxTimeLimit() {
        return MatchingRunService.MAX_TIME_LIMIT_SECONDS;
    }
}
