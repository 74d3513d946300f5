package org.clearinghouse.notifications.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clearinghouse.platform.cluster.OncePerCluster;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the 12-month reminders once a day, at REMINDER_JOB_SCHEDULE ({@code hour:minute} of the server's time zone,
 * each part as an EJB calendar expression; default {@code 4:0}, 04:00). On a cluster every server's timer fires and
 * only the primary of WildFly's singleton service runs the job, once per slot ({@link OncePerCluster}). A failed run
 * is logged and tried again at the next slot.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ReminderJob {

    static final String JOB = "reminders";
    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "REMINDER_JOB_SCHEDULE", defaultValue = "4:0")
    String schedule;

    @Inject
    OncePerCluster cluster;

    @Inject
    ReminderService reminders;

    @PostConstruct
    void schedule() {
        String[] parts = schedule.trim().split(":", 2);
        ScheduleExpression at = new ScheduleExpression()
                .hour(parts[0].trim())
                .minute(parts.length > 1 ? parts[1].trim() : "0")
                .second("0");
        timers.createCalendarTimer(at, new TimerConfig("12-month request reminders", false));
    }

    @Timeout
    void due() {
        try {
            if (cluster.claim(JOB)) {
                reminders.runNow();
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "The reminder job failed", failure);
        }
    }
}
