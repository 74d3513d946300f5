package org.clearinghouse.alumni.application;

import java.time.LocalDate;

/** What a certificate of completion says: who completed which course, where and when. */
public record Certificate(
        long nominationId,
        String fullName,
        String stateName,
        String courseTitle,
        String hostStateName,
        String venue,
        LocalDate start,
        LocalDate end) {}
