package org.clearinghouse.fellowship.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anonymises due nominations once a day (04:30 server time); a failed run is logged and tried again the next day. */
@Singleton
public class AnonymisationJob {

    private static final Logger LOG = Logger.getLogger(AnonymisationJob.class.getName());

    @Inject
    AnonymisationService anonymisation;

    @Schedule(hour = "4", minute = "30", persistent = false, info = "fellowship personal data anonymisation")
    void daily() {
        try {
            List<Long> calls = anonymisation.runNow();
            if (!calls.isEmpty()) {
                LOG.info("Anonymised the nominations of fellowship calls " + calls);
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "The fellowship anonymisation job failed", failure);
        }
    }
}
