package org.clearinghouse.matching.exchange;

/** A request-offer pair that was turned down and must never be proposed again. */
public record RejectionDocument(String requestId, String offerId) {}
