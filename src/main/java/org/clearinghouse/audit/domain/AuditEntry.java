package org.clearinghouse.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.clearinghouse.shared.security.SecurityEvent;
import org.clearinghouse.shared.security.SecurityEventType;

/**
 * One entry of the audit log, written once and never changed (every column is not updatable, and nothing deletes
 * entries). Times in UTC.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, updatable = false, length = 40)
    private SecurityEventType type;

    @Column(name = "actor", updatable = false, length = 100)
    private String actor;

    @Column(name = "subject", updatable = false, length = 300)
    private String subject;

    @Column(name = "address", updatable = false, length = 64)
    private String address;

    @Column(name = "detail", updatable = false, length = 1000)
    private String detail;

    protected AuditEntry() {}

    public AuditEntry(SecurityEvent event, LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
        this.type = event.type();
        this.actor = cut(event.actor(), 100);
        this.subject = cut(event.subject(), 300);
        this.address = cut(event.address(), 64);
        this.detail = cut(event.detail(), 1000);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventType getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }
}
