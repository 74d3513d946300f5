package org.clearinghouse.commitments.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.requests.domain.AssistanceRequest;

/**
 * A request-offer pair that the secretariat, the recipient or the donor turned down: never proposed again. A fact,
 * written once (no version; at most one per pair). {@code rejectedAt} is UTC.
 */
@Entity
@Table(name = "rejection")
public class Rejection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull(message = "{rejection.request.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private AssistanceRequest request;

    @NotNull(message = "{rejection.offer.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_id", nullable = false, updatable = false)
    private AssistanceOffer offer;

    @NotNull(message = "{rejection.party.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "party", nullable = false, updatable = false, length = 20)
    private RejectionParty party;

    @NotBlank(message = "{rejection.rejectedBy.required}")
    @Size(max = 100, message = "{rejection.rejectedBy.size}")
    @Column(name = "rejected_by", nullable = false, updatable = false, length = 100)
    private String rejectedBy;

    @NotBlank(message = "{rejection.reason.required}")
    @Size(max = 2000, message = "{rejection.reason.size}")
    @Column(name = "reason", nullable = false, updatable = false, length = 2000)
    private String reason;

    @Column(name = "rejected_at", nullable = false, updatable = false)
    private LocalDateTime rejectedAt;

    protected Rejection() {}

    /** A rejection of the pair by {@code rejectedBy} (a username) acting as {@code party}. */
    public Rejection(
            AssistanceRequest request, AssistanceOffer offer, RejectionParty party, String rejectedBy, String reason) {
        this.request = request;
        this.offer = offer;
        this.party = party;
        this.rejectedBy = rejectedBy;
        this.reason = reason;
    }

    @PrePersist
    void beforeInsert() {
        if (rejectedAt == null) {
            rejectedAt = LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS);
        }
    }

    public Long getId() {
        return id;
    }

    public AssistanceRequest getRequest() {
        return request;
    }

    public AssistanceOffer getOffer() {
        return offer;
    }

    public RejectionParty getParty() {
        return party;
    }

    public String getRejectedBy() {
        return rejectedBy;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getRejectedAt() {
        return rejectedAt;
    }
}
