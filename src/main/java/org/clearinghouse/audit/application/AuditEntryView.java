package org.clearinghouse.audit.application;

import java.time.LocalDateTime;
import org.clearinghouse.audit.domain.AuditEntry;

/** An audit entry as administrators read it; {@code occurredAt} in UTC. */
public record AuditEntryView(
        long id, LocalDateTime occurredAt, String type, String actor, String subject, String address, String detail) {

    public static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(
                e.getId(),
                e.getOccurredAt(),
                e.getType().name(),
                e.getActor(),
                e.getSubject(),
                e.getAddress(),
                e.getDetail());
    }
}
