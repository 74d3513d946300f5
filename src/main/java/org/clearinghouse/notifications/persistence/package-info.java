/** JPA repositories of notifications: inbox entries by party, reminders and the quiet requests, donor subscriptions. */
package org.clearinghouse.notifications.persistence;
