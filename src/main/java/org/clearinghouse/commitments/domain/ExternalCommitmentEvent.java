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
import java.time.LocalDateTime;
import org.clearinghouse.shared.domain.Party;

/** One step of an external commitment's history: who, in which capacity, did what and when (and why). */
@Entity
@Table(name = "external_commitment_event")
public class ExternalCommitmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "external_commitment_id", nullable = false, updatable = false)
    private ExternalCommitment commitment;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private ClaimAction action;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "party", nullable = false, updatable = false, length = 20)
    private Party party;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "reason", updatable = false, length = 1000)
    private String reason;

    protected ExternalCommitmentEvent() {}

    ExternalCommitmentEvent(
            ExternalCommitment commitment,
            ClaimAction action,
            String actor,
            Party party,
            LocalDateTime occurredAt,
            String reason) {
        this.commitment = commitment;
        this.action = action;
        this.actor = actor;
        this.party = party;
        this.occurredAt = occurredAt;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public ClaimAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Party getParty() {
        return party;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getReason() {
        return reason;
    }
}
