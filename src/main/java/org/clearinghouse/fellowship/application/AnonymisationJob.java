package org.clearinghouse.fellowship.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clearinghouse.platform.cluster.OncePerCluster;

/**
 * Anonymises due nominations once a day (04:30 server time), on the primary of WildFly's singleton service only
 * ({@link OncePerCluster}); a failed run is logged and tried again the next day.
 */
@Singleton
public class AnonymisationJob {

    private static final Logger LOG = Logger.getLogger(AnonymisationJob.class.getName());

    @Inject
    AnonymisationService anonymisation;

    @Inject
    OncePerCluster cluster;

    @Schedule(hour = "4", minute = "30", persistent = false, info = "fellowship personal data anonymisation")
    void daily() {
        try {
            if (!cluster.claim("anonymisation")) {
                return;
            }
            List<Long> calls = anonymisation.runNow();
            if (!calls.isEmpty()) {
                LOG.info("Anonymised the nominations of fellowship calls " + calls);
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "The fellowship anonymisation job failed", failure);
        }
    }
}
