package org.clearinghouse.alumni.application;

/**
 * A selected nominee of a confirmed call with what the secretariat recorded ({@code status} and {@code version} null
 * while nothing is): for the secretariat only, as it carries the nominee's names.
 */
public record AttendeeView(
        long nominationId,
        long callId,
        String state,
        String givenName,
        String familyName,
        String gender,
        String status,
        Long version,
        boolean anonymised,
        boolean certificateAvailable) {}
