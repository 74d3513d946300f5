package org.clearinghouse.matchingruns.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** At start-up, fails the runs a previous server left RUNNING, so that a new run can start. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class RunRecovery {

    private static final Logger LOG = Logger.getLogger(RunRecovery.class.getName());

    @Inject
    RunStore store;

    @PostConstruct
    void recover() {
        int failed = store.failOrphans();
        if (failed > 0) {
            LOG.warning(() -> failed + " matching run(s) interrupted by the last shutdown were marked FAILED");
        }
    }
}
