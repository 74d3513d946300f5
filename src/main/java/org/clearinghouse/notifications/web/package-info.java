/** REST resources of notifications: the caller's inbox, a donor's subscription, the reminder job's operator tool. */
package org.clearinghouse.notifications.web;
