package org.clearinghouse.commitments.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.domain.AuditedEntity;
import org.clearinghouse.shared.domain.HasPeriod;
import org.clearinghouse.shared.domain.MonthPeriod;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.domain.ValidPeriod;

/**
 * Assistance funded through another mechanism for a State and area over a period. Recorded by the secretariat it
 * counts at once; recorded by a donor it is a claim until the State or the secretariat confirms it (or disputes it,
 * with a reason). Linked to a request and confirmed, its amount reduces the request's open need in matching. Every
 * step is kept in its history.
 */
@Entity
@Table(name = "external_commitment")
@ValidPeriod(message = "{externalCommitment.period.order}")
public class ExternalCommitment extends AuditedEntity implements HasPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull(message = "{externalCommitment.state.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "state_code", nullable = false)
    private State state;

    @NotNull(message = "{externalCommitment.area.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "area_code", nullable = false, length = 40)
    private CommitmentArea area;

    @Min(value = 1, message = "{externalCommitment.amount.positive}")
    @Column(name = "amount_usd", nullable = false)
    private long amountUsd;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "startMonth", column = @Column(name = "start_month", nullable = false, length = 7)),
        @AttributeOverride(name = "endMonth", column = @Column(name = "end_month", nullable = false, length = 7))
    })
    private MonthPeriod period = new MonthPeriod(null, null);

    @NotNull(message = "{externalCommitment.source.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private ExternalSource source;

    @NotBlank(message = "{externalCommitment.mechanism.required}")
    @Size(max = 200, message = "{externalCommitment.mechanism.size}")
    @Column(name = "mechanism_name", nullable = false, length = 200)
    private String mechanismName;

    @Size(max = 20, message = "{externalCommitment.donor.size}")
    @Column(name = "donor_code", length = 20)
    private String donorCode;

    @ManyToOne
    @JoinColumn(name = "request_id")
    private AssistanceRequest request;

    @Size(max = 2000, message = "{externalCommitment.note.size}")
    @Column(name = "note", length = 2000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_status", nullable = false, length = 20)
    private ClaimStatus claimStatus = ClaimStatus.CLAIMED;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "dispute_reason", length = 1000)
    private String disputeReason;

    @OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ExternalCommitmentEvent> history = new ArrayList<>();

    public ExternalCommitment() {}

    /** The longest reason for a dispute. */
    public static final int REASON_MAX = 1000;

    /**
     * Records who made this record: the secretariat's counts at once ({@link ClaimAction#RECORDED}), a donor's is a
     * claim ({@link ClaimAction#CLAIMED}). No other party records.
     */
    public void recordedBy(String user, Party party, LocalDateTime at) {
        switch (party) {
            case SECRETARIAT -> {
                claimStatus = ClaimStatus.CONFIRMED;
                decidedBy = user;
                decidedAt = at;
                history.add(new ExternalCommitmentEvent(this, ClaimAction.RECORDED, user, party, at, null));
            }
            case DONOR -> {
                claimStatus = ClaimStatus.CLAIMED;
                history.add(new ExternalCommitmentEvent(this, ClaimAction.CLAIMED, user, party, at, null));
            }
            default -> throw new IllegalArgumentException("A recipient State does not record funding: " + party);
        }
    }

    /** The State or the secretariat confirms the claim: from now on it counts. */
    public void confirm(String user, Party party, LocalDateTime at) {
        requireDecider(party);
        if (!claimStatus.confirmable()) {
            throw new IllegalStateException("External commitment " + id + " is " + claimStatus + ".");
        }
        claimStatus = ClaimStatus.CONFIRMED;
        decidedBy = user;
        decidedAt = at;
        disputeReason = null;
        history.add(new ExternalCommitmentEvent(this, ClaimAction.CONFIRMED, user, party, at, null));
    }

    /** The State or the secretariat disputes the claim, saying why: it counts for nothing. */
    public void dispute(String user, Party party, String reason, LocalDateTime at) {
        requireDecider(party);
        if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
            throw new IllegalArgumentException("A dispute needs a reason of 1 to " + REASON_MAX + " characters.");
        }
        if (!claimStatus.disputable()) {
            throw new IllegalStateException("External commitment " + id + " is " + claimStatus + ".");
        }
        claimStatus = ClaimStatus.DISPUTED;
        decidedBy = user;
        decidedAt = at;
        disputeReason = reason.strip();
        history.add(new ExternalCommitmentEvent(this, ClaimAction.DISPUTED, user, party, at, disputeReason));
    }

    private static void requireDecider(Party party) {
        if (party != Party.RECIPIENT && party != Party.SECRETARIAT) {
            throw new IllegalArgumentException("Only the State or the secretariat decides on a claim, not " + party);
        }
    }

    /** Whether the amount counts (in matching, in what a request still needs): only once confirmed. */
    public boolean counts() {
        return claimStatus == ClaimStatus.CONFIRMED;
    }

    public ClaimStatus getClaimStatus() {
        return claimStatus;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDisputeReason() {
        return disputeReason;
    }

    /** Every step, oldest first. */
    public List<ExternalCommitmentEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public Long getId() {
        return id;
    }

    public State getState() {
        return state;
    }

    public void setState(State state) {
        this.state = state;
    }

    public CommitmentArea getArea() {
        return area;
    }

    public void setArea(CommitmentArea area) {
        this.area = area;
    }

    /** Amount funded elsewhere, whole US dollars. */
    public long getAmountUsd() {
        return amountUsd;
    }

    public void setAmountUsd(long amountUsd) {
        this.amountUsd = amountUsd;
    }

    @Override
    @NotNull(message = "{externalCommitment.start.required}")
    public YearMonth getStartMonth() {
        return period.getStartMonth();
    }

    public void setStartMonth(YearMonth startMonth) {
        period = period.withStartMonth(startMonth);
    }

    @Override
    @NotNull(message = "{externalCommitment.end.required}")
    public YearMonth getEndMonth() {
        return period.getEndMonth();
    }

    public void setEndMonth(YearMonth endMonth) {
        period = period.withEndMonth(endMonth);
    }

    public ExternalSource getSource() {
        return source;
    }

    public void setSource(ExternalSource source) {
        this.source = source;
    }

    /** The mechanism's own name ("UNSCAR call for proposals 2026", "EU Council Decision 2025/..."). */
    public String getMechanismName() {
        return mechanismName;
    }

    public void setMechanismName(String mechanismName) {
        this.mechanismName = mechanismName;
    }

    /** The donor's code (State ISO code or organisation code) when known; a donor recording for itself is named. */
    public String getDonorCode() {
        return donorCode;
    }

    public void setDonorCode(String donorCode) {
        this.donorCode = donorCode;
    }

    /** The request this funding covers (in part or in full), or null. */
    public AssistanceRequest getRequest() {
        return request;
    }

    public void setRequest(AssistanceRequest request) {
        this.request = request;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
