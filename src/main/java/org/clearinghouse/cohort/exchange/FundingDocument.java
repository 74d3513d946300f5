package org.clearinghouse.cohort.exchange;

/**
 * Seats of a call funded by a donor (issue 13, section 2): directly, or from an open offer ({@code offerId}, else
 * null). A call's funded seats are the sum of its funding; only funded seats can be filled.
 */
public record FundingDocument(String callId, String donor, Integer seats, String offerId) {}
