package org.clearinghouse.platform.web.faces;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The part of a request's or an offer's form that both share: the record named by {@code ?id=} read once (a new
 * record otherwise), its version and status, and the posted fields (title, description, months, contact). A
 * subclass reads its own fields in {@link #read(long)} and builds its input from the getters.
 */
public abstract class PostingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    private String status;
    private String title;
    private String description;
    private LocalDate start;
    private LocalDate end;
    private String contact;
    private boolean loaded;

    /** Reads the record named by {@code ?id=} once; a 404 page when the caller may not see it. */
    public void load() throws IOException {
        loaded = FormSubmission.readOnceOr404(loaded, () -> {
            if (id != null) {
                read(id);
            }
        });
    }

    /** Reads the record {@code id} into the form, calling {@link #readPosted} for the shared fields. */
    protected abstract void read(long id);

    /** Sets the shared fields from what was read. */
    protected void readPosted(
            Long version, String status, String title, String description, String start, String end, String contact) {
        this.version = version;
        this.status = status;
        this.title = title;
        this.description = description;
        this.start = FormMonths.firstDay(start);
        this.end = FormMonths.firstDay(end);
        this.contact = contact;
    }

    /** False (with a message on the end field) when the months are out of order. */
    protected boolean monthsInOrder(String endClientId) {
        return FormMonths.inOrder(start, end, endClientId);
    }

    /** The start month as the services take it ({@code yyyy-MM}). */
    protected String startMonth() {
        return FormMonths.month(start);
    }

    /** The end month as the services take it ({@code yyyy-MM}). */
    protected String endMonth() {
        return FormMonths.month(end);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The version read, sent back with a change so a stale form is refused. */
    protected Long version() {
        return version;
    }

    public String getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
