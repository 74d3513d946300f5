package org.clearinghouse.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * The secretariat's decision on a pair of likely duplicate requests; a fact written once, at most one per pair
 * (stored with the lower id first). {@code decidedAt} is UTC.
 */
@Entity
@Table(name = "request_duplicate_decision")
public class DuplicateDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "low_id", nullable = false, updatable = false)
    private long lowId;

    @Column(name = "high_id", nullable = false, updatable = false)
    private long highId;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, updatable = false, length = 10)
    private DuplicateDecisionKind decision;

    @Column(name = "kept_id", updatable = false)
    private Long keptId;

    @Column(name = "score", updatable = false, precision = 4, scale = 3)
    private BigDecimal score;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private LocalDateTime decidedAt;

    protected DuplicateDecision() {}

    /** A decision on the pair {@code a}, {@code b} (either order); {@code keptId} only for a merge. */
    public DuplicateDecision(
            long a,
            long b,
            DuplicateDecisionKind decision,
            Long keptId,
            Double score,
            String decidedBy,
            LocalDateTime decidedAt) {
        this.lowId = Math.min(a, b);
        this.highId = Math.max(a, b);
        this.decision = decision;
        this.keptId = keptId;
        this.score = score == null ? null : BigDecimal.valueOf(score);
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public long getLowId() {
        return lowId;
    }

    public long getHighId() {
        return highId;
    }

    /** The other request of the pair. */
    public long otherThan(long requestId) {
        return requestId == lowId ? highId : lowId;
    }

    public DuplicateDecisionKind getDecision() {
        return decision;
    }

    public Long getKeptId() {
        return keptId;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }
}
