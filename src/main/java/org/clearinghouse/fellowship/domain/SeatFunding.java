package org.clearinghouse.fellowship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.clearinghouse.shared.domain.AuditedEntity;

/**
 * Seats of a call that a donor pays for (issue 13, section 2), directly or from one of its open offers in the
 * fellowship area; a call's funded seats are the sum of its fundings.
 */
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

    /** The open offer the seats are paid from, or null when the donor funds them directly. */
    @Column(name = "offer_id", updatable = false)
    private Long offerId;

    /** What the seats cost when funded (seats × the call's cost per seat), drawn from the offer if any. */
    @Column(name = "amount_usd", nullable = false, updatable = false)
    private long amountUsd;

    protected SeatFunding() {}

    public SeatFunding(long callId, String donorCode, int seats, Long offerId, long amountUsd) {
        this.callId = callId;
        this.donorCode = donorCode;
        this.seats = seats;
        this.offerId = offerId;
        this.amountUsd = amountUsd;
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

    public Long getOfferId() {
        return offerId;
    }

    public long getAmountUsd() {
        return amountUsd;
    }
}
