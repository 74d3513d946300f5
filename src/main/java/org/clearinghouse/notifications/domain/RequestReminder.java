package org.clearinghouse.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A reminder sent for a request's quiet period (the period that began at {@code quietSince}); never sent twice. */
@Entity
@Table(name = "request_reminder")
public class RequestReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "quiet_since", nullable = false, updatable = false)
    private LocalDateTime quietSince;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private LocalDateTime sentAt;

    protected RequestReminder() {}

    public RequestReminder(long requestId, LocalDateTime quietSince, LocalDateTime sentAt) {
        this.requestId = requestId;
        this.quietSince = quietSince;
        this.sentAt = sentAt;
    }

    public long getRequestId() {
        return requestId;
    }

    public LocalDateTime getQuietSince() {
        return quietSince;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }
}
