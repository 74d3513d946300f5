package org.clearinghouse.platform.cluster;

import java.util.Map;
import java.util.logging.Logger;
import org.jboss.msc.service.ServiceActivatorContext;
import org.jboss.msc.service.ServiceBuilder;
import org.jboss.msc.service.ServiceName;
import org.jboss.msc.service.ServiceTarget;
import org.wildfly.clustering.singleton.service.ServiceTargetFactory;
import org.wildfly.clustering.singleton.service.SingletonServiceActivator;
import org.wildfly.clustering.singleton.service.SingletonServiceActivatorContext;

/**
 * Installs {@link ScheduledJobsService} when the application is deployed (listed in
 * META-INF/services/org.jboss.msc.service.ServiceActivator): as a singleton service of the default singleton policy
 * when the server has the singleton subsystem ({@code standalone-ha}), so that it runs on one node of the cluster at a
 * time; else as a plain service, so that a single server runs the jobs itself.
 */
public class ScheduledJobsActivator implements SingletonServiceActivator {

    static final ServiceName NAME = ServiceName.of("org", "clearinghouse", "scheduled-jobs");
    private static final Logger LOG = Logger.getLogger(ScheduledJobsActivator.class.getName());

    @Override
    public void activate(ServiceActivatorContext context) {
        if (context.getServiceRegistry().getService(defaultSingletonPolicy()) != null) {
            LOG.info("Scheduled jobs: run by the primary of WildFly's default singleton policy");
            SingletonServiceActivator.super.activate(context);
        } else {
            LOG.info("Scheduled jobs: no singleton subsystem (not a cluster node); this server runs them");
            install(context.getServiceTarget());
        }
    }

    @Override
    public void activate(SingletonServiceActivatorContext context) {
        install(context.getServiceTarget());
    }

    private static void install(ServiceTarget target) {
        ServiceBuilder<?> builder = target.addService();
        builder.provides(NAME);
        builder.setInstance(new ScheduledJobsService());
        builder.install();
    }

    /** The service that {@link SingletonServiceActivator} depends on: the default policy's service target factory. */
    private static ServiceName defaultSingletonPolicy() {
        Map.Entry<String, String[]> resolved = ServiceTargetFactory.SERVICE_DESCRIPTOR.resolve(null);
        ServiceName name = ServiceName.parse(resolved.getKey());
        return resolved.getValue().length > 0 ? name.append(resolved.getValue()) : name;
    }
}
