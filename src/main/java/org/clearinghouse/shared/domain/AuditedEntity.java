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
import java.util.Set;
import java.util.function.LongFunction;
import org.clearinghouse.shared.errors.ConflictException;

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
        checkVersion(
                expectedVersion,
                current -> new OptimisticLockException(
                        "changed by someone else: version " + current + ", expected " + expectedVersion, null, this));
    }

    /**
     * Refuses a caller's change based on an outdated copy, as a 409 that names this entity ({@code what id}) and both
     * versions. No version ({@code null}) means the caller did not say which one it read: nothing is checked.
     *
     * @throws ConflictException when the versions differ
     */
    public void checkVersion(String what, Object id, Long expectedVersion) {
        checkVersion(expectedVersion, current -> ConflictException.staleVersion(what, id, expectedVersion, current));
    }

    /**
     * The one version check: when {@code expectedVersion} is given and is not the current version, throws what
     * {@code stale} makes of the current version.
     */
    public void checkVersion(Long expectedVersion, LongFunction<? extends RuntimeException> stale) {
        if (expectedVersion != null && expectedVersion != version) {
            throw stale.apply(version);
        }
    }

    /**
     * Checks a caller's change of status from {@code current} to {@code to}: the version it read is current (see
     * {@link #checkVersion(String, Object, Long)}) and {@code current} is one of {@code from}; a 409 otherwise.
     */
    public <S extends Enum<S>> void checkTransition(
            String what, Object id, Long expectedVersion, S current, Set<S> from, S to) {
        checkVersion(what, id, expectedVersion);
        if (!from.contains(current)) {
            throw new ConflictException(
                    what + " " + id + " is " + current + "; it can become " + to + " only from " + from + ".");
        }
    }

    /**
     * Checks a caller's edit: the version it read is current (see {@link #checkVersion(String, Object, Long)}) and
     * {@code current} is one of the {@code editable} statuses; a 409 otherwise.
     */
    public <S extends Enum<S>> void checkEditable(
            String what, Object id, Long expectedVersion, S current, Set<S> editable) {
        checkVersion(what, id, expectedVersion);
        if (!editable.contains(current)) {
            throw new ConflictException(what + " " + id + " is " + current + " and can no longer be edited.");
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
