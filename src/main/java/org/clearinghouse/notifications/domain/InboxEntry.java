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
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.shared.domain.Party;

/**
 * One inbox entry for a party about a proposal or a request. Its text is a bundle key ({@code notify.<key>}) with
 * arguments, written in each reader's language; {@code message} keeps the English text (entries written before keys
 * existed have only that). Only the read time ever changes. Times are UTC.
 */
@Entity
@Table(name = "inbox_message")
public class InboxEntry {

    /** What the entry is about. */
    public enum Kind {
        DECISION_NEEDED,
        STATE_CHANGED,
        REMINDER,
        NEW_NEED,
        /** A message on a request's thread (dialogue). */
        REQUEST_MESSAGE,
        /** A message on a proposal's thread (dialogue). */
        PROPOSAL_MESSAGE,
        /** A donor recorded funding against the State: a claim awaiting the State's decision. */
        FUNDING_CLAIMED,
        /** The State or the secretariat confirmed a donor's claim. */
        FUNDING_CONFIRMED,
        /** The State or the secretariat disputed a donor's claim. */
        FUNDING_DISPUTED,
        /** The confirmed cohort of a fellowship call, for a nominating State (counts, no personal data). */
        FELLOWSHIP_COHORT
    }

    /** Separates the arguments in {@code message_args}. */
    public static final String ARGUMENT_SEPARATOR = "\u001f";

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

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private Kind kind;

    @Column(name = "proposal_id", updatable = false)
    private Long proposalId;

    @Column(name = "request_id", updatable = false)
    private Long requestId;

    @Column(name = "message_key", updatable = false, length = 100)
    private String messageKey;

    @Column(name = "message_args", updatable = false, length = 2000)
    private String messageArgs;

    @Column(name = "message", nullable = false, updatable = false, length = 500)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected InboxEntry() {}

    public InboxEntry(
            Party addressee,
            String addresseeCode,
            Kind kind,
            Long proposalId,
            Long requestId,
            String messageKey,
            List<String> args,
            String englishText,
            LocalDateTime createdAt) {
        this.addressee = addressee;
        this.addresseeCode = addressee == Party.SECRETARIAT ? null : addresseeCode;
        this.kind = kind;
        this.proposalId = proposalId;
        this.requestId = requestId;
        this.messageKey = messageKey;
        String joined = String.join(ARGUMENT_SEPARATOR, args);
        this.messageArgs = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
        this.message = englishText.length() > 500 ? englishText.substring(0, 500) : englishText;
        this.createdAt = createdAt;
    }

    /** Marks the entry read (the first time only); true when it was unread. */
    public boolean markRead(LocalDateTime now) {
        if (readAt != null) {
            return false;
        }
        readAt = now;
        return true;
    }

    /** The arguments of the key, in order. */
    public List<String> args() {
        return messageArgs == null || messageArgs.isEmpty()
                ? List.of()
                : Arrays.asList(messageArgs.split(ARGUMENT_SEPARATOR, -1));
    }

    public Long getId() {
        return id;
    }

    public Party getAddressee() {
        return addressee;
    }

    public String getAddresseeCode() {
        return addresseeCode;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getMessage() {
        return message;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
