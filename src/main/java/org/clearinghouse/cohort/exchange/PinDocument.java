package org.clearinghouse.cohort.exchange;

/** A decision of the secretariat that re-runs keep: the nomination selected ({@code true}) or left out. */
public record PinDocument(String nominationId, Boolean selected) {}
