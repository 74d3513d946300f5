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
import org.clearinghouse.cohort.domain.Gender;
import org.clearinghouse.shared.domain.AuditedEntity;
import org.clearinghouse.shared.errors.ConflictException;

/**
 * A candidate a recipient State nominates to a call, with the State's own rank of its nominees (1 = first choice).
 * The personal data (names, position, agency, motivation) is for the nominating State and the secretariat only, and
 * is cleared by {@link #anonymise(LocalDate)}; gender, experience, languages, topics and rank stay for the figures.
 */
@Entity
@Table(name = "fellowship_nomination")
public class FellowshipNomination extends AuditedEntity {

    /** What anonymised names read as. */
    public static final String ANONYMISED = "(anonymised)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "call_id", nullable = false, updatable = false)
    private long callId;

    @Column(name = "state_code", nullable = false, updatable = false, length = 3)
    private String stateCode;

    @Column(name = "given_name", length = 200)
    private String givenName;

    @Column(name = "family_name", length = 200)
    private String familyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 10)
    private Gender gender;

    @Column(name = "position_title", length = 300)
    private String position;

    @Column(name = "agency", length = 300)
    private String agency;

    @Column(name = "years_experience", nullable = false)
    private int yearsExperience;

    @Column(name = "languages", nullable = false, length = 200)
    private String languages;

    @Column(name = "topics", nullable = false, length = 500)
    private String topics;

    @Column(name = "motivation", length = 4000)
    private String motivation;

    @Column(name = "nominee_rank", nullable = false)
    private int rank;

    @Column(name = "consent_confirmed", nullable = false)
    private boolean consentConfirmed;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private NominationOutcome outcome;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_pin", length = 3)
    private NominationPin pin;

    @Column(name = "candidate_email", length = 254)
    private String email;

    @Column(name = "anonymised_on")
    private LocalDate anonymisedOn;

    protected FellowshipNomination() {}

    public FellowshipNomination(long callId, String stateCode, Candidate candidate) {
        this.callId = callId;
        this.stateCode = stateCode;
        this.givenName = candidate.givenName();
        this.familyName = candidate.familyName();
        this.gender = candidate.gender();
        this.position = candidate.position();
        this.agency = candidate.agency();
        this.yearsExperience = candidate.yearsExperience();
        this.languages = CodeList.join(candidate.languages());
        this.topics = CodeList.join(candidate.topics());
        this.motivation = candidate.motivation();
        this.rank = candidate.rank();
        this.consentConfirmed = candidate.consentConfirmed();
        this.email = candidate.email();
    }

    /** Pins the nomination in or out of the cohort, or lifts the pin (null). */
    public void pin(NominationPin pin) {
        this.pin = pin;
    }

    /**
     * Withdraws a nominee of a confirmed cohort (selected or on the waiting list); 409 otherwise. Returns true when a
     * seat was freed (the nominee was selected).
     */
    public boolean withdraw() {
        if (outcome != NominationOutcome.SELECTED && outcome != NominationOutcome.WAITLISTED) {
            throw new ConflictException("Nomination " + id + " is " + (outcome == null ? "not decided yet" : outcome)
                    + "; only a selected or waitlisted nominee of a confirmed cohort can withdraw.");
        }
        boolean freed = outcome == NominationOutcome.SELECTED;
        outcome = NominationOutcome.WITHDRAWN;
        waitlistPosition = null;
        return freed;
    }

    /** Moves a nominee of the confirmed waiting list to another position (after someone left the list). */
    public void moveOnWaitlist(int position) {
        if (outcome == NominationOutcome.WAITLISTED) {
            waitlistPosition = position;
        }
    }

    /** Records what the confirmed cohort decided: selected, on the waiting list (at a position), or not selected. */
    public void decide(NominationOutcome outcome, Integer waitlistPosition) {
        this.outcome = outcome;
        this.waitlistPosition = outcome == NominationOutcome.WAITLISTED ? waitlistPosition : null;
    }

    /** Clears the personal data for good; what the figures need (gender, experience, rank, outcome) stays. */
    public void anonymise(LocalDate today) {
        if (anonymisedOn != null) {
            return;
        }
        givenName = ANONYMISED;
        familyName = ANONYMISED;
        position = null;
        agency = null;
        motivation = null;
        email = null;
        anonymisedOn = today;
    }

    public boolean isAnonymised() {
        return anonymisedOn != null;
    }

    /** True when the nominating State of this nomination is {@code state}. */
    public boolean nominatedBy(String state) {
        return stateCode.equals(state);
    }

    public Long getId() {
        return id;
    }

    public long getCallId() {
        return callId;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public Gender getGender() {
        return gender;
    }

    public String getPosition() {
        return position;
    }

    public String getAgency() {
        return agency;
    }

    public int getYearsExperience() {
        return yearsExperience;
    }

    public List<String> getLanguages() {
        return CodeList.split(languages);
    }

    public List<String> getTopics() {
        return CodeList.split(topics);
    }

    public String getMotivation() {
        return motivation;
    }

    public int getRank() {
        return rank;
    }

    public boolean isConsentConfirmed() {
        return consentConfirmed;
    }

    public NominationOutcome getOutcome() {
        return outcome;
    }

    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    public NominationPin getPin() {
        return pin;
    }

    public String getEmail() {
        return email;
    }

    public LocalDate getAnonymisedOn() {
        return anonymisedOn;
    }
}
