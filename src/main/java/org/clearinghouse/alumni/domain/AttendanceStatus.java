package org.clearinghouse.alumni.domain;

/** What the secretariat recorded for a selected nominee: came and completed the course, came only, or did not come. */
public enum AttendanceStatus {
    ATTENDED,
    COMPLETED,
    NO_SHOW;

    /** True when the nominee took part in the course (attended or completed): an alumnus with follow-ups. */
    public boolean tookPart() {
        return this != NO_SHOW;
    }
}
