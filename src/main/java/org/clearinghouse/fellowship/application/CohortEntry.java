package org.clearinghouse.fellowship.application;

/**
 * One nominee in a proposed or confirmed cohort, or on its waiting list ({@code position} from 1), with why, in the
 * reader's language: no personal data.
 */
public record CohortEntry(
        long nominationId, String state, String gender, Integer position, String reason, String explanation) {}
