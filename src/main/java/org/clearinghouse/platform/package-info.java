/**
 * What every feature stands on: the REST application, the schema migrations run at start-up, the run-time
 * settings read from the environment, health checks and the problem+json error format.
 */
package org.clearinghouse.platform;
