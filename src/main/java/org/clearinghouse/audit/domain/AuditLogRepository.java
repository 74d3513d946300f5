package org.clearinghouse.audit.domain;

import java.util.Set;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** Appends to and reads the audit log; there is no way to change or delete an entry. */
public interface AuditLogRepository {

    /** Fields {@link #find} may sort by (default: newest first). */
    Set<String> sortFields();

    void append(AuditEntry entry);

    Page<AuditEntry> find(AuditFilter filter, PageRequest page);
}
