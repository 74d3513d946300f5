/** Notifications: inbox entries addressed to a party (secretariat, recipient State, donor) about a proposal. */
package org.clearinghouse.notifications.domain;
