/**
 * Two or more servers on one database (a WildFly cluster): the name of this server, and the cluster-wide guard that
 * lets a scheduled job run on one server only, whichever server's timer fires first. It works the same on a single
 * server, where every claim is this server's.
 */
package org.clearinghouse.platform.cluster;
