package org.clearinghouse.fellowship.application;

/** A donor's funding of seats, with the call's funded and unfunded seats after it. */
public record FundingView(long id, long callId, String donor, int seats, long fundedSeats, long unfundedSeats) {}
