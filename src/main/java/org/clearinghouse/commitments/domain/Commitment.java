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
import java.time.LocalDate;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.domain.AuditedEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

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
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private AssistanceRequest request;

    @NotNull(message = "{commitment.offer.required}")
    @BatchFetch(BatchFetchType.IN)
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

    @Column(name = "disbursed_usd", nullable = false)
    private long disbursedUsd;

    @Column(name = "progress_percent", nullable = false)
    private int progressPercent;

    @Column(name = "planned_outputs", length = 4000)
    private String plannedOutputs;

    @Column(name = "achieved_outputs", length = 4000)
    private String achievedOutputs;

    @Column(name = "completion_date")
    private LocalDate completionDate;

    @Column(name = "results_statement", length = 2000)
    private String resultsStatement;

    public Commitment() {}

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

    /** Records implementation and results, as reported by the recipient or the donor (validated by the caller). */
    public void report(
            long disbursedUsd,
            int progressPercent,
            String plannedOutputs,
            String achievedOutputs,
            LocalDate completionDate,
            String resultsStatement) {
        this.disbursedUsd = disbursedUsd;
        this.progressPercent = progressPercent;
        this.plannedOutputs = plannedOutputs;
        this.achievedOutputs = achievedOutputs;
        this.completionDate = completionDate;
        this.resultsStatement = resultsStatement;
    }

    /** Amount disbursed so far, whole US dollars (0 to the committed amount). */
    public long getDisbursedUsd() {
        return disbursedUsd;
    }

    /** Implementation progress, 0 to 100 %. */
    public int getProgressPercent() {
        return progressPercent;
    }

    public String getPlannedOutputs() {
        return plannedOutputs;
    }

    public String getAchievedOutputs() {
        return achievedOutputs;
    }

    public LocalDate getCompletionDate() {
        return completionDate;
    }

    /** A short statement of the results achieved. */
    public String getResultsStatement() {
        return resultsStatement;
    }
}
