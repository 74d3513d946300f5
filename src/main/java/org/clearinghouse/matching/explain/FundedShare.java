package org.clearinghouse.matching.explain;

/** Requested, committed and proposed USD of a group of requests, and the funded share (0..1). */
public record FundedShare(long requestedUsd, long committedUsd, long proposedUsd, double fundedShare) {}
