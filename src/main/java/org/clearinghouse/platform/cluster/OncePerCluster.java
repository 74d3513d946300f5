package org.clearinghouse.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Lets a scheduled job run once in the cluster: every server's timer fires, the first to claim the slot runs it, the
 * others skip. The slot is the minute the job was due (now, rounded to the nearest minute, so that servers whose
 * clocks differ by seconds name the same slot); jobs are never due more than once a minute.
 */
@ApplicationScoped
public class OncePerCluster {

    private static final Logger LOG = Logger.getLogger(OncePerCluster.class.getName());

    @Inject
    JobClaims claims;

    @Inject
    Clock clock;

    /** Whether this server runs {@code job} now (it claimed the slot); logs either way. */
    public boolean claim(String job) {
        String slot = LocalDateTime.now(clock)
                .plusSeconds(30)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        String me = ClusterNode.name();
        String holder = claims.claim(job, slot, me);
        if (me.equals(holder)) {
            LOG.info(() -> "Job " + job + " of " + slot + " runs on this server (" + me + ")");
            return true;
        }
        LOG.info(() -> "Job " + job + " of " + slot + " was run by " + holder + "; skipped here (" + me + ")");
        return false;
    }
}
