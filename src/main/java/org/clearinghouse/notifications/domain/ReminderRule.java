package org.clearinghouse.notifications.domain;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.clearinghouse.requests.domain.RequestStatus;

/**
 * When a request is due for its "still needed?" reminder: it is open ({@link #OPEN}) and its last update (its
 * {@code updated_at}: every edit and every status change, by anyone) is 12 months or more before the moment asked
 * about, and no reminder was sent yet for that quiet period.
 */
public final class ReminderRule {

    /** Twelve months without an update. */
    public static final int QUIET_MONTHS = 12;

    /** The statuses of a request still waiting for funding or for its State. */
    public static final Set<RequestStatus> OPEN = EnumSet.of(
            RequestStatus.DRAFT, RequestStatus.SUBMITTED, RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED);

    private ReminderRule() {}

    /** The first moment a request last updated at {@code lastUpdate} is due. */
    public static LocalDateTime dueAt(LocalDateTime lastUpdate) {
        return lastUpdate.plusMonths(QUIET_MONTHS);
    }

    /** True when the request is open, quiet for 12 months at {@code now}, and not reminded for this quiet period. */
    public static boolean isDue(
            RequestStatus status, LocalDateTime lastUpdate, LocalDateTime now, boolean remindedForThisPeriod) {
        return OPEN.contains(status) && !now.isBefore(dueAt(lastUpdate)) && !remindedForThisPeriod;
    }
}
