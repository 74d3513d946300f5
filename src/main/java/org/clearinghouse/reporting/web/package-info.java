/** REST resources of reporting: {@code GET /exports/iati} (application/xml). */
package org.clearinghouse.reporting.web;
