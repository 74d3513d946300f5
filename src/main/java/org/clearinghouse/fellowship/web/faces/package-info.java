/** The fellowship programme's pages (issue 13, section 5): so far the secretariat's list of calls. */
package org.clearinghouse.fellowship.web.faces;
