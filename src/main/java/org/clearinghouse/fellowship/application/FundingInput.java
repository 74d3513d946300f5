package org.clearinghouse.fellowship.application;

/** Seats a donor funds. */
public record FundingInput(Integer seats) {}
