package org.clearinghouse.matching.explain;

/**
 * One priority inversion: {@code lowerRequestId} (lower national priority) got a proposal from {@code offerId}, which
 * was eligible for {@code higherRequestId} of the same State, which stays unfunded.
 */
public record PriorityInversion(String higherRequestId, String lowerRequestId, String offerId) {}
