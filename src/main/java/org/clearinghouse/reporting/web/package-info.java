/** REST resources of reporting: targets with what serves them, the dashboards, and {@code GET /exports/iati}. */
package org.clearinghouse.reporting.web;
