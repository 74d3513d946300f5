package org.clearinghouse.shared.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;

/**
 * What a request and an offer both carry as posted by their party: a title, a description, the months they run
 * and a contact. The columns have the same names in both tables.
 */
@MappedSuperclass
public abstract class PostedRecord extends AuditedEntity implements HasPeriod {

    @NotBlank(message = "{posted.title.required}")
    @Size(max = 200, message = "{posted.title.size}")
    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @NotBlank(message = "{posted.description.required}")
    @Size(max = 4000, message = "{posted.description.size}")
    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "startMonth", column = @Column(name = "start_month", nullable = false, length = 7)),
        @AttributeOverride(name = "endMonth", column = @Column(name = "end_month", nullable = false, length = 7))
    })
    private MonthPeriod period = new MonthPeriod(null, null);

    @Size(max = 500, message = "{posted.contact.size}")
    @Column(name = "contact", length = 500)
    private String contact;

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

    @Override
    @NotNull(message = "{posted.start.required}")
    public YearMonth getStartMonth() {
        return period.getStartMonth();
    }

    public void setStartMonth(YearMonth startMonth) {
        period = period.withStartMonth(startMonth);
    }

    @Override
    @NotNull(message = "{posted.end.required}")
    public YearMonth getEndMonth() {
        return period.getEndMonth();
    }

    public void setEndMonth(YearMonth endMonth) {
        period = period.withEndMonth(endMonth);
    }

    /** How to reach the party about this record (free text). */
    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
