package org.clearinghouse.alumni.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.clearinghouse.shared.errors.ConflictException;

/**
 * The two follow-ups of an alumnus: 6 and 12 months after the last day of the course. Each is due on that day and may
 * be entered from {@code opensDaysBefore} days before it (FELLOWSHIP_FOLLOW_UP_OPENS_DAYS_BEFORE, default 30), never
 * earlier (409): what an official applied cannot be told the week after the course.
 */
public enum FollowUpMilestone {
    SIX_MONTHS(6),
    TWELVE_MONTHS(12);

    private final int months;

    FollowUpMilestone(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The milestone of {@code months} (6 or 12), if there is one. */
    public static Optional<FollowUpMilestone> ofMonths(int months) {
        return Arrays.stream(values()).filter(m -> m.months == months).findFirst();
    }

    /** The day this follow-up is due: {@code months} after the course's last day. */
    public LocalDate dueOn(LocalDate courseEnd) {
        return courseEnd.plusMonths(months);
    }

    /** The first day this follow-up may be entered. */
    public LocalDate opensOn(LocalDate courseEnd, int opensDaysBefore) {
        return dueOn(courseEnd).minusDays(opensDaysBefore);
    }

    /** Refuses (409) a follow-up entered before it opens. */
    public void checkOpen(LocalDate courseEnd, int opensDaysBefore, LocalDate today) {
        LocalDate opens = opensOn(courseEnd, opensDaysBefore);
        if (today.isBefore(opens)) {
            throw new ConflictException("The " + months + "-month follow-up is due on " + dueOn(courseEnd)
                    + " and can be entered from " + opens + ".");
        }
    }
}
