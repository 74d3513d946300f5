/** The audit log: web/faces layer. */
package org.clearinghouse.audit.web.faces;
