package org.clearinghouse.fellowship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.clearinghouse.shared.domain.AuditedEntity;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.FieldErrors;

/**
 * A fellowship course the secretariat publishes (issue 13, section 1). Nominations are accepted while it is open and
 * its deadline (inclusive, UTC) has not passed; its cohort can be confirmed once nominations are over; only funded
 * seats can be filled, and no more seats can be funded than the course has.
 */
@Entity
@Table(name = "fellowship_call")
public class FellowshipCall extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "regions", nullable = false, length = 200)
    private String regions;

    @Column(name = "host_state", nullable = false, length = 3)
    private String hostState;

    @Column(name = "venue", length = 300)
    private String venue;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "end_date", nullable = false)
    private LocalDate end;

    @Column(name = "languages", nullable = false, length = 200)
    private String languages;

    @Column(name = "topics", nullable = false, length = 500)
    private String topics;

    @Column(name = "seats", nullable = false)
    private int seats;

    @Column(name = "seat_cost_usd", nullable = false)
    private long seatCostUsd;

    @Column(name = "nomination_deadline", nullable = false)
    private LocalDate nominationDeadline;

    @Column(name = "max_nominations_per_state", nullable = false)
    private int maxNominationsPerState;

    @Column(name = "women_target_percent", nullable = false)
    private int womenTargetPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CallStatus status = CallStatus.OPEN;

    /** The day nominations ended: closed early by the secretariat, else set when the cohort is confirmed. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    public FellowshipCall() {}

    /** Sets what the call offers; the caller has checked every field (see the application's input checks). */
    public void describe(CallTerms terms) {
        this.title = terms.title();
        this.regions = CodeList.join(terms.regions());
        this.hostState = terms.hostState();
        this.venue = terms.venue();
        this.start = terms.start();
        this.end = terms.end();
        this.languages = CodeList.join(terms.languages());
        this.topics = CodeList.join(terms.topics());
        this.seats = terms.seats();
        this.seatCostUsd = terms.seatCostUsd();
        this.nominationDeadline = terms.nominationDeadline();
        this.maxNominationsPerState = terms.maxNominationsPerState();
        this.womenTargetPercent = terms.womenTargetPercent();
    }

    /** True while a State may still nominate: the call is open and {@code today} is not after the deadline. */
    public boolean acceptsNominationsOn(LocalDate today) {
        return status == CallStatus.OPEN && !today.isAfter(nominationDeadline);
    }

    /** Refuses a nomination (409) once the call is closed or its deadline has passed. */
    public void checkAcceptsNominations(LocalDate today) {
        if (!acceptsNominationsOn(today)) {
            throw new ConflictException("Call " + id + " no longer accepts nominations (deadline " + nominationDeadline
                    + ", status " + status + ").");
        }
    }

    /**
     * Refuses a State's nomination beyond the call's cap (409): {@code alreadyNominated} is how many nominations the
     * State has made to this call.
     */
    public void checkStateCap(String state, long alreadyNominated) {
        if (alreadyNominated >= maxNominationsPerState) {
            throw new ConflictException(state + " has already made " + alreadyNominated + " nomination(s) to call " + id
                    + ", the most the call allows per State (" + maxNominationsPerState + ").");
        }
    }

    /** Refuses (422) funding that would take the funded seats beyond the call's seats. */
    public void checkFundable(long fundedSeats, int moreSeats) {
        FieldErrors errors = new FieldErrors();
        if (moreSeats < 1) {
            errors.add("seats", "must be at least 1.");
        } else if (fundedSeats + moreSeats > seats) {
            errors.add(
                    "seats",
                    "the call has " + seats + " seats and " + fundedSeats + " are funded: at most "
                            + (seats - fundedSeats) + " more can be funded.");
        }
        errors.throwIfAny();
        if (status == CallStatus.CONFIRMED) {
            throw new ConflictException(
                    "The cohort of call " + id + " is confirmed; its seats can no longer be funded.");
        }
    }

    /** Closes nominations early (the secretariat); 409 unless the call is open. */
    public void close(LocalDate today) {
        if (status != CallStatus.OPEN) {
            throw new ConflictException("Call " + id + " is " + status + "; only an open call can be closed.");
        }
        status = CallStatus.CLOSED;
        closedOn = today.isAfter(nominationDeadline) ? nominationDeadline : today;
    }

    /** True when the cohort may be confirmed: nominations are over (closed, or the deadline has passed). */
    public boolean nominationsOverOn(LocalDate today) {
        return status == CallStatus.CLOSED || (status == CallStatus.OPEN && today.isAfter(nominationDeadline));
    }

    /** Marks the cohort confirmed; 409 when it already is, or while nominations are still open. */
    public void confirm(LocalDate today) {
        if (status == CallStatus.CONFIRMED) {
            throw new ConflictException("The cohort of call " + id + " is already confirmed.");
        }
        if (!nominationsOverOn(today)) {
            throw new ConflictException("Nominations to call " + id + " are open until " + nominationDeadline
                    + "; close the call first or wait for the deadline to pass.");
        }
        if (closedOn == null) {
            closedOn = nominationDeadline;
        }
        status = CallStatus.CONFIRMED;
    }

    /**
     * The day nominations ended (closed early, or the deadline), or null while they are open on {@code today}: the
     * personal data of the call's nominations is anonymised {@code months} after it.
     */
    public LocalDate nominationsEnded(LocalDate today) {
        if (closedOn != null) {
            return closedOn;
        }
        return today.isAfter(nominationDeadline) ? nominationDeadline : null;
    }

    /** The first day on which the call's personal data is due to be anonymised, or null while nominations are open. */
    public LocalDate anonymisationDueOn(LocalDate today, int months) {
        LocalDate ended = nominationsEnded(today);
        return ended == null ? null : ended.plusMonths(months);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getRegions() {
        return CodeList.split(regions);
    }

    public String getHostState() {
        return hostState;
    }

    public String getVenue() {
        return venue;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public List<String> getLanguages() {
        return CodeList.split(languages);
    }

    public List<String> getTopics() {
        return CodeList.split(topics);
    }

    public int getSeats() {
        return seats;
    }

    public long getSeatCostUsd() {
        return seatCostUsd;
    }

    public LocalDate getNominationDeadline() {
        return nominationDeadline;
    }

    public int getMaxNominationsPerState() {
        return maxNominationsPerState;
    }

    public int getWomenTargetPercent() {
        return womenTargetPercent;
    }

    public CallStatus getStatus() {
        return status;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
