package org.clearinghouse.proposals.domain;

import jakarta.persistence.Column;
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
import org.clearinghouse.shared.domain.Party;

/**
 * One decision on a proposal, as it was taken: who (as which party), when (UTC), from which state to which, why.
 * Append-only: every column is insert-only and nothing in the application updates or deletes a row.
 */
@Entity
@Table(name = "proposal_decision")
public class ProposalDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private Proposal proposal;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private DecisionAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, updatable = false, length = 20)
    private ProposalState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 20)
    private ProposalState toState;

    @Enumerated(EnumType.STRING)
    @Column(name = "party", nullable = false, updatable = false, length = 20)
    private Party party;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 100)
    private String decidedBy;

    @Column(name = "reason", updatable = false, length = 2000)
    private String reason;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private LocalDateTime decidedAt;

    protected ProposalDecision() {}

    public ProposalDecision(
            Proposal proposal,
            DecisionAction action,
            ProposalState fromState,
            ProposalState toState,
            Party party,
            String decidedBy,
            String reason,
            LocalDateTime decidedAt) {
        this.proposal = proposal;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.party = party;
        this.decidedBy = decidedBy;
        this.reason = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public DecisionAction getAction() {
        return action;
    }

    public ProposalState getFromState() {
        return fromState;
    }

    public ProposalState getToState() {
        return toState;
    }

    public Party getParty() {
        return party;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReason() {
        return reason;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }
}
