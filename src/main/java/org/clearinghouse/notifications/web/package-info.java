/** REST resource of the caller's inbox. */
package org.clearinghouse.notifications.web;
