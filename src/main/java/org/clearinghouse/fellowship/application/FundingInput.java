package org.clearinghouse.fellowship.application;

/**
 * Seats a donor funds: directly, or from one of its open offers in the fellowship area ({@code offerId}), whose
 * capacity left must cover seats × the call's cost per seat.
 */
public record FundingInput(Integer seats, Long offerId) {}
