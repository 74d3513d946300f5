/** The database side of the cluster-wide guards: the guard rows (locked) and the claims of scheduled jobs. */
package org.clearinghouse.platform.cluster.persistence;
