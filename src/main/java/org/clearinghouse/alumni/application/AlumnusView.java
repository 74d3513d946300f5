package org.clearinghouse.alumni.application;

import java.util.List;

/**
 * An alumnus (a selected nominee who attended or completed the course) with the follow-ups of its State: for the
 * nominating State and the secretariat only.
 */
public record AlumnusView(
        long nominationId,
        long callId,
        String callTitle,
        String courseStart,
        String courseEnd,
        List<String> areas,
        String state,
        String givenName,
        String familyName,
        String gender,
        String status,
        boolean anonymised,
        boolean certificateAvailable,
        List<FollowUpView> followUps) {}
