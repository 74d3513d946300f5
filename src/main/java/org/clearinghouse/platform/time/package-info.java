/** The injectable {@link java.time.Clock} of the application. */
package org.clearinghouse.platform.time;
