/**
 * Notifications: inbox entries addressed to a party (secretariat, recipient State, donor) about a proposal or a
 * request, donor subscriptions to new needs, and the reminders sent for quiet requests with the rule that times them.
 */
package org.clearinghouse.notifications.domain;
