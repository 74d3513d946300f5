package org.clearinghouse.platform.cluster;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Whether this server is the one that runs the cluster's scheduled jobs. WildFly's singleton service elects it on
 * {@code standalone-ha} ({@link ScheduledJobsActivator}): it starts {@link ScheduledJobsService} on one node at a time
 * and on another when that node leaves. A server without the singleton subsystem ({@code standalone.xml}) is its own
 * primary.
 */
public final class SingletonPrimary {

    private static final Logger LOG = Logger.getLogger(SingletonPrimary.class.getName());
    private static final AtomicBoolean PRIMARY = new AtomicBoolean();

    private SingletonPrimary() {}

    /** Whether this server runs the scheduled jobs now. */
    public static boolean isThisServer() {
        return PRIMARY.get();
    }

    static void elected() {
        PRIMARY.set(true);
        LOG.info(() -> "This server (" + ClusterNode.name() + ") is the singleton primary: it runs the scheduled jobs");
    }

    static void leftOff() {
        PRIMARY.set(false);
        LOG.info(() -> "This server (" + ClusterNode.name() + ") is no longer the singleton primary");
    }
}
