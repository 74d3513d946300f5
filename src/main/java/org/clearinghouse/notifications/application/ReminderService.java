package org.clearinghouse.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.notifications.domain.InboxEntry;
import org.clearinghouse.notifications.domain.ReminderRepository;
import org.clearinghouse.notifications.domain.ReminderRule;
import org.clearinghouse.notifications.domain.RequestReminder;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.domain.Party;

/**
 * The 12-month reminder (see {@link ReminderRule}): each open request of a recipient State that has had no update for
 * 12 months gets one notice to its State (inbox and e-mail) asking to confirm it is still needed or to withdraw it;
 * the reminder is remembered with the quiet period it is for, so it is never sent twice for the same period, and an
 * update of the request starts a new period. The reminder itself does not touch the request.
 */
@ApplicationScoped
@Transactional
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    @Inject
    ReminderRepository reminders;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /** The daily run: as of now by the application's clock. */
    public List<Long> runNow() {
        return run(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    /** The operator's run as of the start of a day (UTC), for the administrator only. */
    public List<Long> runAsOf(Caller caller, LocalDate asOf) {
        caller.requireAnyRole(Role.ADMIN);
        return run(asOf.atStartOfDay());
    }

    /** Sends the reminders due at {@code now}; returns the ids of the requests reminded. */
    List<Long> run(LocalDateTime now) {
        LocalDateTime latest = now.minusMonths(ReminderRule.QUIET_MONTHS).plusDays(1);
        List<AssistanceRequest> candidates = reminders.findOpenRequestsQuietSince(latest);
        List<Long> reminded = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        for (AssistanceRequest r : candidates) {
            boolean already = reminders.isReminded(r.getId(), r.getUpdatedAt());
            if (!ReminderRule.isDue(r.getStatus(), r.getUpdatedAt(), now, already)) {
                continue;
            }
            reminders.add(new RequestReminder(r.getId(), r.getUpdatedAt(), now));
            notices.add(new Notice(
                    Party.RECIPIENT,
                    r.getRecipientState().getCode(),
                    InboxEntry.Kind.REMINDER,
                    null,
                    r.getId(),
                    List.of(
                            String.valueOf(r.getId()),
                            r.getTitle(),
                            r.getUpdatedAt().toLocalDate().toString())));
            reminded.add(r.getId());
        }
        if (!notices.isEmpty()) {
            notifier.notify(notices);
        }
        LOG.info(() -> "Reminder job as of " + now + ": " + reminded.size() + " request(s) reminded " + reminded);
        return reminded;
    }
}
