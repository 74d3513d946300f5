package org.clearinghouse.dialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.ConflictException;

/**
 * One message of a thread on a request or a proposal. It keeps its author, the party the author wrote for and when;
 * its text verbatim. Only its author may change the text, within {@link #EDIT_WINDOW} of writing it; the requesting
 * State may open a private question to all donors when it answers them all. Times are UTC.
 */
@Entity
@Table(name = "dialogue_message")
public class DialogueMessage {

    /** How long after writing a message its author may still correct it. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    /** The party code of the secretariat's messages. */
    public static final String SECRETARIAT = "SECRETARIAT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "thread_kind", nullable = false, updatable = false, length = 10)
    private ThreadKind threadKind;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(name = "author", nullable = false, updatable = false, length = 100)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_party", nullable = false, updatable = false, length = 20)
    private Party authorParty;

    @Column(name = "party", nullable = false, updatable = false, length = 20)
    private String party;

    @Lob
    @Column(name = "body", nullable = false)
    private String text;

    @Column(name = "audience", nullable = false, length = 40)
    private String audience;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "edited_at")
    private LocalDateTime editedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DialogueMessage() {}

    /**
     * A new message; {@code partyCode} is the author's State or donor code (ignored for the secretariat). The text
     * must satisfy {@link MessageText} (checked by the caller, which reports every problem at once).
     */
    public DialogueMessage(
            ThreadKind threadKind,
            long recordId,
            String author,
            Party authorParty,
            String partyCode,
            String text,
            Audience audience,
            LocalDateTime createdAt) {
        this.threadKind = Objects.requireNonNull(threadKind);
        this.recordId = recordId;
        this.author = Objects.requireNonNull(author);
        this.authorParty = Objects.requireNonNull(authorParty);
        this.party = authorParty == Party.SECRETARIAT ? SECRETARIAT : Objects.requireNonNull(partyCode);
        this.text = Objects.requireNonNull(text);
        this.audience = audience.code();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** True when {@code username} wrote this message and may still change it at {@code now}. */
    public boolean isEditableBy(String username, LocalDateTime now) {
        return author.equals(username) && withinEditWindow(now);
    }

    /** True until {@link #EDIT_WINDOW} after the message was written. */
    public boolean withinEditWindow(LocalDateTime now) {
        return !now.isAfter(createdAt.plus(EDIT_WINDOW));
    }

    /**
     * Replaces the text: only the author (else 403), only within the edit window (else 409). The text must satisfy
     * {@link MessageText}.
     */
    public void edit(String username, String newText, LocalDateTime now) {
        if (!author.equals(username)) {
            throw new AccessDeniedException("Only the author of message " + id + " may change it.");
        }
        if (!withinEditWindow(now)) {
            throw new ConflictException("Message " + id + " can no longer be changed: a message may be corrected"
                    + " within " + EDIT_WINDOW.toMinutes() + " minutes of writing it.");
        }
        this.text = Objects.requireNonNull(newText);
        this.editedAt = now;
    }

    /** Shows a donor's question to every donor, when the requesting State answers it for all of them. */
    public void openToAllDonors() {
        this.audience = Audience.ALL_DONORS.code();
    }

    public Long getId() {
        return id;
    }

    public ThreadKind getThreadKind() {
        return threadKind;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getAuthor() {
        return author;
    }

    public Party getAuthorParty() {
        return authorParty;
    }

    /** The author's State or donor code, or {@value #SECRETARIAT}. */
    public String getParty() {
        return party;
    }

    public String getText() {
        return text;
    }

    public Audience getAudience() {
        return Audience.parse(audience);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getEditedAt() {
        return editedAt;
    }

    public long getVersion() {
        return version;
    }
}
