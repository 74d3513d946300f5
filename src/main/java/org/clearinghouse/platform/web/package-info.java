/** Servlet-level pieces shared by the pages and the API: the container's error pages. */
package org.clearinghouse.platform.web;
