package org.clearinghouse.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Base of every editable entity: an optimistic-lock version and who created and last changed the row, and when
 * (UTC, microsecond precision as stored in {@code DATETIME(6)}). The service layer names the acting user with
 * {@link #setActingUser(String)} before the change is flushed; without one the change is recorded as
 * {@value #SYSTEM_USER}.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    /** Recorded as the author of changes made with no acting user (migrations, batch jobs). */
    public static final String SYSTEM_USER = "system";

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Transient
    private String actingUser;

    /** Names the user on whose behalf the next insert or update of this instance is made. */
    public void setActingUser(String username) {
        this.actingUser = username;
    }

    /** The user set by {@link #setActingUser(String)}, or null. */
    public String getActingUser() {
        return actingUser;
    }

    /**
     * Refuses a change based on an outdated copy: the version the client read (e.g. from an ETag or a form) must be
     * the version of this managed instance.
     *
     * @throws OptimisticLockException when the versions differ
     */
    public void checkVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new OptimisticLockException("changed by someone else: version " + version + ", expected "
                    + expectedVersion, null, this);
        }
    }

    @PrePersist
    void beforeInsert() {
        LocalDateTime now = now();
        createdAt = now;
        updatedAt = now;
        createdBy = actor();
        updatedBy = createdBy;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = now();
        updatedBy = actor();
    }

    private String actor() {
        return actingUser == null || actingUser.isBlank() ? SYSTEM_USER : actingUser;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS);
    }

    public long getVersion() {
        return version;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
