package org.clearinghouse.alumni.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.clearinghouse.shared.domain.AuditedEntity;

/**
 * What an alumnus applied of the course, in the nominating State's own words, at one milestone (6 or 12 months after
 * the course ended). The State may correct it later; the secretariat reads it.
 */
@Entity
@Table(name = "fellowship_follow_up")
public class FollowUp extends AuditedEntity {

    /** The longest text a follow-up takes. */
    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "nomination_id", nullable = false, updatable = false)
    private long nominationId;

    @Column(name = "months", nullable = false, updatable = false)
    private int months;

    @Column(name = "applied", nullable = false, length = MAX_LENGTH)
    private String applied;

    @Column(name = "entered_on", nullable = false)
    private LocalDate enteredOn;

    protected FollowUp() {}

    public FollowUp(long nominationId, FollowUpMilestone milestone) {
        this.nominationId = nominationId;
        this.months = milestone.months();
    }

    public void write(String applied, LocalDate today) {
        this.applied = applied;
        this.enteredOn = today;
    }

    public Long getId() {
        return id;
    }

    public long getNominationId() {
        return nominationId;
    }

    public int getMonths() {
        return months;
    }

    public String getApplied() {
        return applied;
    }

    public LocalDate getEnteredOn() {
        return enteredOn;
    }
}
