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
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.domain.AuditedEntity;

/**
 * An amount of an offer confirmed for a request. Made on this platform ({@link CommitmentSource#PLATFORM}) or
 * through another mechanism, which is then named.
 */
@Entity
@Table(name = "commitment")
public class Commitment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull(message = "{commitment.request.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private AssistanceRequest request;

    @NotNull(message = "{commitment.offer.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_id", nullable = false)
    private AssistanceOffer offer;

    @Min(value = 1, message = "{commitment.amount.positive}")
    @Column(name = "amount_usd", nullable = false)
    private long amountUsd;

    @NotNull(message = "{commitment.source.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private CommitmentSource source = CommitmentSource.PLATFORM;

    @Size(max = 200, message = "{commitment.mechanism.size}")
    @Column(name = "mechanism_name", length = 200)
    private String mechanismName;

    @NotNull(message = "{commitment.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CommitmentStatus status = CommitmentStatus.ACTIVE;

    public Commitment() {
    }

    public Commitment(AssistanceRequest request, AssistanceOffer offer, long amountUsd) {
        this.request = request;
        this.offer = offer;
        this.amountUsd = amountUsd;
    }

    /** A mechanism is named for (and only for) a commitment made through another mechanism. */
    @AssertTrue(message = "{commitment.mechanism.required}")
    public boolean isMechanismConsistent() {
        boolean named = mechanismName != null && !mechanismName.isBlank();
        return source != CommitmentSource.OTHER_MECHANISM ? mechanismName == null : named;
    }

    public Long getId() {
        return id;
    }

    public AssistanceRequest getRequest() {
        return request;
    }

    public void setRequest(AssistanceRequest request) {
        this.request = request;
    }

    public AssistanceOffer getOffer() {
        return offer;
    }

    public void setOffer(AssistanceOffer offer) {
        this.offer = offer;
    }

    /** Amount committed, whole US dollars. */
    public long getAmountUsd() {
        return amountUsd;
    }

    public void setAmountUsd(long amountUsd) {
        this.amountUsd = amountUsd;
    }

    public CommitmentSource getSource() {
        return source;
    }

    /** Marks the commitment as made on this platform (no mechanism name). */
    public void madeOnPlatform() {
        this.source = CommitmentSource.PLATFORM;
        this.mechanismName = null;
    }

    /** Marks the commitment as made through another mechanism, named here. */
    public void madeThrough(String mechanismName) {
        this.source = CommitmentSource.OTHER_MECHANISM;
        this.mechanismName = mechanismName;
    }

    public void setSource(CommitmentSource source) {
        this.source = source;
    }

    public String getMechanismName() {
        return mechanismName;
    }

    public void setMechanismName(String mechanismName) {
        this.mechanismName = mechanismName;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public void setStatus(CommitmentStatus status) {
        this.status = status;
    }
}
