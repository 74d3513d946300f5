package org.clearinghouse.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.List;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.domain.AuditedEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * An amount of an offer that a run proposes for a request, with why, and where it stands in its lifecycle
 * ({@link ProposalLifecycle}); the latest decision is kept on the row, every decision in {@link ProposalDecision}.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id", nullable = false)
    private MatchingRun run;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private AssistanceRequest request;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_id", nullable = false)
    private AssistanceOffer offer;

    @Column(name = "amount_usd", nullable = false)
    private long amountUsd;

    @Column(name = "weight", nullable = false)
    private int weight;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ProposalState state = ProposalState.PROPOSED;

    @Column(name = "pinned", nullable = false)
    private boolean pinned;

    @Embedded
    private StoredExplanation explanation;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "reason", length = 2000)
    private String reason;

    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commitment_id")
    private Commitment commitment;

    protected Proposal() {}

    public Proposal(
            MatchingRun run,
            AssistanceRequest request,
            AssistanceOffer offer,
            long amountUsd,
            int weight,
            boolean pinned,
            String explanation) {
        this.run = run;
        this.request = request;
        this.offer = offer;
        this.amountUsd = amountUsd;
        this.weight = weight;
        this.pinned = pinned;
        this.explanation = StoredExplanation.of(explanation);
    }

    /** Moves to {@code to} by a decision; the latest decision's author, time and reason are kept on the row too. */
    public void moveTo(ProposalState to, String by, LocalDateTime at, String why) {
        this.state = to;
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = why;
    }

    /** The commitment this proposal became, once both parties accepted. */
    public void committedAs(Commitment made) {
        this.commitment = made;
    }

    public void supersede() {
        this.state = ProposalState.SUPERSEDED;
    }

    public Long getId() {
        return id;
    }

    public MatchingRun getRun() {
        return run;
    }

    public AssistanceRequest getRequest() {
        return request;
    }

    public AssistanceOffer getOffer() {
        return offer;
    }

    public long getAmountUsd() {
        return amountUsd;
    }

    public int getWeight() {
        return weight;
    }

    public ProposalState getState() {
        return state;
    }

    public boolean isPinned() {
        return pinned;
    }

    public String getExplanation() {
        return explanation.text();
    }

    public String getExplanationKey() {
        return explanation.key();
    }

    public List<String> getExplanationArguments() {
        return explanation.arguments();
    }

    /** The key and arguments the English explanation was written from, to write it in the reader's language. */
    public void explainedBy(String key, List<String> arguments) {
        this.explanation = explanation.writtenFrom(key, arguments);
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }

    public Commitment getCommitment() {
        return commitment;
    }
}
