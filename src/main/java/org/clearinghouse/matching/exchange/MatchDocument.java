package org.clearinghouse.matching.exchange;

/** One proposed amount of an offer for a request. */
public record MatchDocument(String requestId, String offerId, long amountUsd) {}
