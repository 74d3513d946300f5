package org.clearinghouse.platform.cluster;

import org.jboss.msc.Service;
import org.jboss.msc.service.StartContext;
import org.jboss.msc.service.StopContext;

/** The service that runs where the scheduled jobs run: started on the elected node, stopped when it is no longer. */
class ScheduledJobsService implements Service {

    @Override
    public void start(StartContext context) {
        SingletonPrimary.elected();
    }

    @Override
    public void stop(StopContext context) {
        SingletonPrimary.leftOff();
    }
}
