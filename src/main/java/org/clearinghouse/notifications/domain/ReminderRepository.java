package org.clearinghouse.notifications.domain;

import java.time.LocalDateTime;
import java.util.List;
import org.clearinghouse.requests.domain.AssistanceRequest;

/** What the 12-month reminder reads (quiet requests) and remembers (the reminders sent, see {@link ReminderRule}). */
public interface ReminderRepository {

    /** The open requests ({@link ReminderRule#OPEN}) last updated at or before {@code latest}, oldest first (by id). */
    List<AssistanceRequest> findOpenRequestsQuietSince(LocalDateTime latest);

    /** Whether a reminder was sent for the request for the quiet period that began at {@code quietSince}. */
    boolean isReminded(long requestId, LocalDateTime quietSince);

    /** Remembers a reminder sent (written at the next flush or at the commit). */
    void add(RequestReminder reminder);
}
