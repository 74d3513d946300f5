package org.clearinghouse.notifications.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the 12-month reminders once a day (04:00 server time); a failed run is logged and tried again the next day. */
@Singleton
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Inject
    ReminderService reminders;

    @Schedule(hour = "4", minute = "0", persistent = false, info = "12-month request reminders")
    void daily() {
        try {
            reminders.runNow();
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "The reminder job failed", failure);
        }
    }
}
