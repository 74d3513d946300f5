package org.clearinghouse.fellowship.application;

/**
 * A swap while reviewing a proposed cohort: the nomination of the path leaves the cohort (pinned out) and
 * {@code withNominationId} (usually from the waiting list) takes its place (pinned in). Versions are optional (without
 * them nothing is checked); {@code timeLimitSeconds} bounds the re-run that follows.
 */
public record SwapInput(Long withNominationId, Long version, Long withVersion, Integer timeLimitSeconds) {}
