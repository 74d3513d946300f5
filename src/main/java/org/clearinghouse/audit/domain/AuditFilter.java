package org.clearinghouse.audit.domain;

import org.clearinghouse.shared.security.SecurityEventType;

/** Filter of the audit log; null means "any". {@code actor}: exact user name (or name tried). */
public record AuditFilter(SecurityEventType type, String actor) {

    public static final AuditFilter ANY = new AuditFilter(null, null);
}
