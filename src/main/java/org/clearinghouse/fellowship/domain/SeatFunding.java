package org.clearinghouse.fellowship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.clearinghouse.shared.domain.AuditedEntity;

/** Seats of a call that a donor pays for (issue 13, section 2); a call's funded seats are the sum of its fundings. */
@Entity
@Table(name = "fellowship_funding")
public class SeatFunding extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "call_id", nullable = false, updatable = false)
    private long callId;

    @Column(name = "donor_code", nullable = false, updatable = false, length = 20)
    private String donorCode;

    @Column(name = "seats", nullable = false, updatable = false)
    private int seats;

    protected SeatFunding() {}

    public SeatFunding(long callId, String donorCode, int seats) {
        this.callId = callId;
        this.donorCode = donorCode;
        this.seats = seats;
    }

    public Long getId() {
        return id;
    }

    public long getCallId() {
        return callId;
    }

    public String getDonorCode() {
        return donorCode;
    }

    public int getSeats() {
        return seats;
    }
}
