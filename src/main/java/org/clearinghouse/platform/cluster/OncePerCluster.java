package org.clearinghouse.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Lets a scheduled job run once in the cluster. Every server's timer fires; only the primary of WildFly's singleton
 * service ({@link SingletonPrimary}) goes on, and it records the slot in {@code job_claim} before running it, so that
 * a slot is never run twice, not even by a second primary (a node elected while the first one still finished the
 * slot, or both halves of a split cluster). The slot is the minute the job was due (now, rounded to the nearest
 * minute, so that servers whose clocks differ by seconds name the same slot); jobs are never due more than once a
 * minute.
 */
@ApplicationScoped
public class OncePerCluster {

    private static final Logger LOG = Logger.getLogger(OncePerCluster.class.getName());

    @Inject
    JobClaims claims;

    @Inject
    Clock clock;

    BooleanSupplier primary = SingletonPrimary::isThisServer;

    public OncePerCluster() {}

    OncePerCluster(JobClaims claims, Clock clock, BooleanSupplier primary) {
        this.claims = claims;
        this.clock = clock;
        this.primary = primary;
    }

    /** Whether this server runs {@code job} now (it is the primary and recorded the slot); logs either way. */
    public boolean claim(String job) {
        String slot = LocalDateTime.now(clock)
                .plusSeconds(30)
                .truncatedTo(ChronoUnit.MINUTES)
                .toString();
        String me = ClusterNode.name();
        if (!primary.getAsBoolean()) {
            LOG.info(() -> "Job " + job + " of " + slot + " skipped here (" + me + "): not the singleton primary");
            return false;
        }
        String holder = claims.claim(job, slot, me);
        if (me.equals(holder)) {
            LOG.info(() -> "Job " + job + " of " + slot + " runs on this server (" + me + ")");
            return true;
        }
        LOG.info(() -> "Job " + job + " of " + slot + " was run by " + holder + "; skipped here (" + me + ")");
        return false;
    }
}
