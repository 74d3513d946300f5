package org.clearinghouse.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.clearinghouse.shared.domain.AuditedEntity;

/** One run of the matching engine started by the secretariat, with its outcome figures. */
@Entity
@Table(name = "matching_run")
public class MatchingRun extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RunStatus status = RunStatus.RUNNING;

    @Column(name = "time_limit_seconds", nullable = false)
    private int timeLimitSeconds;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Column(name = "elapsed_ms")
    private Long elapsedMs;

    @Column(name = "time_to_feasible_ms")
    private Long timeToFeasibleMs;

    @Column(name = "score_calculation_speed")
    private Long scoreCalculationSpeed;

    @Column(name = "best_score", length = 100)
    private String bestScore;

    @Column(name = "feasible")
    private Boolean feasible;

    @Column(name = "request_count")
    private Integer requestCount;

    @Column(name = "offer_count")
    private Integer offerCount;

    @Column(name = "pinned_count")
    private Integer pinnedCount;

    @Column(name = "proposal_count")
    private Integer proposalCount;

    @Column(name = "unfunded_count")
    private Integer unfundedCount;

    @Column(name = "proposed_usd")
    private Long proposedUsd;

    @Column(name = "priority_inversions")
    private Integer priorityInversions;

    /** Requests the run proposed something for, each once; stored with its coverage (null for runs before V46). */
    @Column(name = "requests_proposed_for")
    private Integer requestsProposedFor;

    @Column(name = "stop_reason", length = 200)
    private String stopReason;

    @Column(name = "failure_message", length = 2000)
    private String failureMessage;

    /** The server solving the run (its node name), while it runs. */
    @Column(name = "node", length = 100)
    private String node;

    /** When the solving server last said it is still solving; a run whose heartbeat stopped is an orphan. */
    @Column(name = "heartbeat_at")
    private LocalDateTime heartbeatAt;

    /** A stop asked through another server than the one solving: the solving server stops at its next heartbeat. */
    @Column(name = "stop_requested", nullable = false)
    private boolean stopRequested;

    protected MatchingRun() {}

    public MatchingRun(int timeLimitSeconds, LocalDateTime startedAt, String node) {
        this.timeLimitSeconds = timeLimitSeconds;
        this.startedAt = startedAt;
        this.node = node;
        this.heartbeatAt = startedAt;
    }

    /** Whether the server solving this run has not said it is still solving since {@code staleBefore}. */
    public boolean heartbeatStoppedBefore(LocalDateTime staleBefore) {
        return heartbeatAt == null || heartbeatAt.isBefore(staleBefore);
    }

    public String getNode() {
        return node;
    }

    public LocalDateTime getHeartbeatAt() {
        return heartbeatAt;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }

    /** Records a finished run's figures. */
    public void finish(
            RunStatus outcome,
            LocalDateTime at,
            long elapsedMs,
            Long timeToFeasibleMs,
            Long speed,
            String bestScore,
            Boolean feasible,
            String stopReason) {
        this.status = outcome;
        this.finishedAt = at;
        this.elapsedMs = elapsedMs;
        this.timeToFeasibleMs = timeToFeasibleMs;
        this.scoreCalculationSpeed = speed;
        this.bestScore = bestScore;
        this.feasible = feasible;
        this.stopReason = stopReason;
    }

    public void counts(
            int requests, int offers, int pinned, int proposals, int unfunded, long proposedUsd, int inversions) {
        this.requestCount = requests;
        this.offerCount = offers;
        this.pinnedCount = pinned;
        this.proposalCount = proposals;
        this.unfundedCount = unfunded;
        this.proposedUsd = proposedUsd;
        this.priorityInversions = inversions;
    }

    /** The run's coverage was stored with its outcome (run_coverage), for this many requests proposed for. */
    public void coverageStored(int requestsProposedFor) {
        this.requestsProposedFor = requestsProposedFor;
    }

    public void fail(LocalDateTime at, long elapsedMs, String message) {
        this.status = RunStatus.FAILED;
        this.finishedAt = at;
        this.elapsedMs = elapsedMs;
        this.failureMessage =
                message == null ? "unknown failure" : message.length() > 2000 ? message.substring(0, 2000) : message;
    }

    public Long getId() {
        return id;
    }

    public RunStatus getStatus() {
        return status;
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public Long getElapsedMs() {
        return elapsedMs;
    }

    public Long getTimeToFeasibleMs() {
        return timeToFeasibleMs;
    }

    public Long getScoreCalculationSpeed() {
        return scoreCalculationSpeed;
    }

    public String getBestScore() {
        return bestScore;
    }

    public Boolean getFeasible() {
        return feasible;
    }

    public Integer getRequestCount() {
        return requestCount;
    }

    public Integer getOfferCount() {
        return offerCount;
    }

    public Integer getPinnedCount() {
        return pinnedCount;
    }

    public Integer getProposalCount() {
        return proposalCount;
    }

    public Integer getUnfundedCount() {
        return unfundedCount;
    }

    public Long getProposedUsd() {
        return proposedUsd;
    }

    public Integer getPriorityInversions() {
        return priorityInversions;
    }

    /** Null when the run's coverage was not stored with it (runs stored before V46, and runs without an outcome). */
    public Integer getRequestsProposedFor() {
        return requestsProposedFor;
    }

    public String getStopReason() {
        return stopReason;
    }

    public String getFailureMessage() {
        return failureMessage;
    }
}
