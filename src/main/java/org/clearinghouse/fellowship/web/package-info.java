/** The fellowship programme's REST API under {@code /api/v1/fellowship} (issue 13, section 5). */
package org.clearinghouse.fellowship.web;
