package org.clearinghouse.matchingruns.application;

import static org.clearinghouse.platform.rest.Timestamps.utc;

import org.clearinghouse.proposals.domain.MatchingRun;

/**
 * A matching run as the API shows it. While it runs, {@code elapsedMs} and {@code bestScore} are live figures of
 * the solver; afterwards they are the stored outcome.
 */
public record RunView(
        long id,
        String status,
        int timeLimitSeconds,
        String startedBy,
        String startedAt,
        String finishedAt,
        long elapsedMs,
        String bestScore,
        Boolean feasible,
        Long timeToFeasibleMs,
        Long scoreCalculationSpeed,
        Integer requestCount,
        Integer offerCount,
        Integer pinnedCount,
        Integer proposalCount,
        Integer unfundedCount,
        Long proposedUsd,
        Integer priorityInversions,
        String stopReason,
        String failureMessage,
        long version) {

    static RunView of(MatchingRun run, LiveRun live) {
        long elapsed = live != null ? live.elapsedMillis() : run.getElapsedMs() == null ? 0 : run.getElapsedMs();
        String score = live != null ? live.bestScore() : run.getBestScore();
        return new RunView(
                run.getId(),
                run.getStatus().name(),
                run.getTimeLimitSeconds(),
                run.getCreatedBy(),
                utc(run.getStartedAt()),
                utc(run.getFinishedAt()),
                elapsed,
                score,
                live != null ? live.feasible() : run.getFeasible(),
                run.getTimeToFeasibleMs(),
                run.getScoreCalculationSpeed(),
                run.getRequestCount(),
                run.getOfferCount(),
                run.getPinnedCount(),
                run.getProposalCount(),
                run.getUnfundedCount(),
                run.getProposedUsd(),
                run.getPriorityInversions(),
                run.getStopReason(),
                run.getFailureMessage(),
                run.getVersion());
    }
}
