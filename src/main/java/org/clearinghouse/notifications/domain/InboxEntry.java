package org.clearinghouse.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.clearinghouse.review.domain.Party;

/** One inbox entry for a party about a proposal; written once. {@code createdAt} is UTC. */
@Entity
@Table(name = "inbox_entry")
public class InboxEntry {

    /** What the entry is about. */
    public enum Kind { DECISION_NEEDED, STATE_CHANGED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressee", nullable = false, updatable = false, length = 20)
    private Party addressee;

    /** The recipient State's code or the donor's code; null for the secretariat. */
    @Column(name = "addressee_code", updatable = false, length = 20)
    private String addresseeCode;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private Kind kind;

    @Column(name = "message", nullable = false, updatable = false, length = 500)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected InboxEntry() {
    }

    public InboxEntry(Party addressee, String addresseeCode, long proposalId, Kind kind, String message,
            LocalDateTime createdAt) {
        this.addressee = addressee;
        this.addresseeCode = addressee == Party.SECRETARIAT ? null : addresseeCode;
        this.proposalId = proposalId;
        this.kind = kind;
        this.message = message.length() > 500 ? message.substring(0, 500) : message;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Party getAddressee() { return addressee; }
    public String getAddresseeCode() { return addresseeCode; }
    public long getProposalId() { return proposalId; }
    public Kind getKind() { return kind; }
    public String getMessage() { return message; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
