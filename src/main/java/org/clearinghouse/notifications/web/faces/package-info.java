/** Pages of notifications: the inbox of each role, its menu entry with the unread count, a donor's subscription. */
package org.clearinghouse.notifications.web.faces;
