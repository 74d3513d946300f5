/**
 * Two or more servers on one database (a WildFly cluster): the name of this server, and what lets a scheduled job run
 * on one server only. WildFly's singleton service elects the server that runs the jobs ({@link
 * org.clearinghouse.platform.cluster.ScheduledJobsActivator}); that server records each slot it runs ({@code
 * job_claim}). A single server, without the singleton subsystem, runs them itself.
 */
package org.clearinghouse.platform.cluster;
