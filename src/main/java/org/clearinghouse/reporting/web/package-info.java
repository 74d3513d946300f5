/** REST resources of targets (with what serves them) and of the dashboards. */
package org.clearinghouse.reporting.web;
