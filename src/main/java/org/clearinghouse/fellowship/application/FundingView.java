package org.clearinghouse.fellowship.application;

/**
 * A donor's funding of seats (from an offer when {@code offerId} is set, for {@code amountUsd}), with the call's
 * funded and unfunded seats after it.
 */
public record FundingView(
        long id,
        long callId,
        String donor,
        int seats,
        Long offerId,
        long amountUsd,
        long fundedSeats,
        long unfundedSeats) {}
