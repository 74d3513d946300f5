package org.clearinghouse.alumni.application;

/** What the secretariat records for a selected nominee: ATTENDED, COMPLETED or NO_SHOW; the version it read, if any. */
public record AttendanceInput(String status, Long version) {}
