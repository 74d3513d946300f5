package org.clearinghouse.alumni.web.faces;

import java.io.Serializable;
import java.time.LocalDate;
import org.clearinghouse.alumni.application.AlumnusView;
import org.clearinghouse.alumni.application.FollowUpView;

/**
 * One follow-up of an alumnus as the secretariat reads it on the attendance page: what the State entered, or why
 * nothing is there yet ({@code stateKey}: a message key for "not yet due" or "not entered"; null once entered).
 */
public record FollowUpLine(
        long nominationId, String name, int months, String dueOn, String enteredOn, String applied, String stateKey)
        implements Serializable {

    /** The line of {@code followUp} of {@code alumnus}, judged on {@code today}. */
    public static FollowUpLine of(AlumnusView alumnus, FollowUpView followUp, LocalDate today) {
        String stateKey = null;
        if (followUp.applied() == null) {
            stateKey = today.isBefore(LocalDate.parse(followUp.dueOn()))
                    ? "attendance.followUp.notDue"
                    : "attendance.followUp.notEntered";
        }
        return new FollowUpLine(
                alumnus.nominationId(),
                alumnus.givenName() + " " + alumnus.familyName(),
                followUp.months(),
                followUp.dueOn(),
                followUp.enteredOn(),
                followUp.applied(),
                stateKey);
    }

    /** The row's style key: nomination and months, as on the alumni page. */
    public String key() {
        return nominationId + "-" + months;
    }
}
