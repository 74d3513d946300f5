/** Writes inbox entries when a proposal changes state (same transaction) and reads a caller's inbox. */
package org.clearinghouse.notifications.application;
