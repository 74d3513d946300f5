package org.clearinghouse.alumni.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.clearinghouse.shared.domain.AuditedEntity;

/** The attendance of one selected nominee of a confirmed call, as the secretariat recorded it. No name is held here. */
@Entity
@Table(name = "fellowship_attendance")
public class Attendance extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "nomination_id", nullable = false, updatable = false)
    private long nominationId;

    @Column(name = "call_id", nullable = false, updatable = false)
    private long callId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AttendanceStatus status;

    protected Attendance() {}

    public Attendance(long callId, long nominationId, AttendanceStatus status) {
        this.callId = callId;
        this.nominationId = nominationId;
        this.status = status;
    }

    public void record(AttendanceStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public long getNominationId() {
        return nominationId;
    }

    public long getCallId() {
        return callId;
    }

    public AttendanceStatus getStatus() {
        return status;
    }
}
