package org.clearinghouse.matching.exchange;

/** An amount of an offer already confirmed for a request; fixed for the solver. */
public record CommitmentDocument(String requestId, String offerId, Long amountUsd) {}
