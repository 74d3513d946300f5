package org.clearinghouse.fellowship.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.clearinghouse.cohort.domain.Gender;
import org.clearinghouse.shared.errors.ConflictException;
import org.junit.jupiter.api.Test;

/** A nomination's personal data is cleared for good; what the figures need stays. */
class FellowshipNominationTest {

    private static FellowshipNomination nomination() {
        return new FellowshipNomination(
                7,
                "NER",
                new Candidate(
                        "Aïcha",
                        "Moussa",
                        Gender.FEMALE,
                        "Inspector",
                        "National commission",
                        6,
                        List.of("fr"),
                        List.of("STOCKPILE_MANAGEMENT"),
                        "Runs the national stockpile audit",
                        1,
                        true,
                        "candidate@example.org"));
    }

    @Test
    void anonymisingClearsNamesPositionAgencyAndMotivationButKeepsTheFigures() {
        FellowshipNomination n = nomination();
        n.decide(NominationOutcome.SELECTED, null);
        n.anonymise(LocalDate.of(2029, 3, 2));

        assertThat(n.isAnonymised()).isTrue();
        assertThat(n.getGivenName()).isEqualTo(FellowshipNomination.ANONYMISED);
        assertThat(n.getFamilyName()).isEqualTo(FellowshipNomination.ANONYMISED);
        assertThat(n.getPosition()).isNull();
        assertThat(n.getAgency()).isNull();
        assertThat(n.getMotivation()).isNull();
        assertThat(n.getEmail())
                .as("the candidate's e-mail address is personal data")
                .isNull();
        assertThat(n.getGender()).isEqualTo(Gender.FEMALE);
        assertThat(n.getYearsExperience()).isEqualTo(6);
        assertThat(n.getRank()).isEqualTo(1);
        assertThat(n.getOutcome()).isEqualTo(NominationOutcome.SELECTED);

        n.anonymise(LocalDate.of(2030, 1, 1));
        assertThat(n.getAnonymisedOn()).as("the first day stays").isEqualTo(LocalDate.of(2029, 3, 2));
    }

    @Test
    void onlyASelectedOrWaitlistedNomineeWithdrawsAndOnlyASelectedOneFreesASeat() {
        FellowshipNomination undecided = nomination();
        assertThatThrownBy(undecided::withdraw).isInstanceOf(ConflictException.class);

        FellowshipNomination selected = nomination();
        selected.decide(NominationOutcome.SELECTED, null);
        assertThat(selected.withdraw()).isTrue();
        assertThat(selected.getOutcome()).isEqualTo(NominationOutcome.WITHDRAWN);
        assertThatThrownBy(selected::withdraw).as("withdrawn once").isInstanceOf(ConflictException.class);

        FellowshipNomination waiting = nomination();
        waiting.decide(NominationOutcome.WAITLISTED, 4);
        assertThat(waiting.withdraw()).isFalse();
        assertThat(waiting.getWaitlistPosition()).isNull();
    }

    @Test
    void onlyAWaitlistedNomineeKeepsAPosition() {
        FellowshipNomination n = nomination();
        n.decide(NominationOutcome.WAITLISTED, 2);
        assertThat(n.getWaitlistPosition()).isEqualTo(2);
        n.decide(NominationOutcome.NOT_SELECTED, 3);
        assertThat(n.getWaitlistPosition()).isNull();
        assertThat(n.nominatedBy("NER")).isTrue();
        assertThat(n.nominatedBy("MLI")).isFalse();
    }
}
