package org.clearinghouse.fellowship.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.ValidationFailedException;
import org.junit.jupiter.api.Test;

/** The rules a call keeps: the deadline, the cap per State, funded seats, closing, confirming, anonymisation. */
class FellowshipCallTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 3, 1);

    private static FellowshipCall call(int seats, int perState) {
        FellowshipCall call = new FellowshipCall();
        call.describe(new CallTerms(
                "Stockpile management, Dakar",
                List.of("AFRICA"),
                "SEN",
                "Dakar",
                LocalDate.of(2027, 5, 3),
                LocalDate.of(2027, 5, 21),
                List.of("fr"),
                List.of("STOCKPILE_MANAGEMENT"),
                seats,
                9000,
                DEADLINE,
                perState,
                50));
        return call;
    }

    @Test
    void nominationsAreAcceptedUpToAndIncludingTheDeadlineDay() {
        FellowshipCall call = call(3, 1);
        assertThat(call.acceptsNominationsOn(DEADLINE.minusDays(1))).isTrue();
        assertThat(call.acceptsNominationsOn(DEADLINE)).isTrue();
        assertThat(call.acceptsNominationsOn(DEADLINE.plusDays(1))).isFalse();
        assertThatThrownBy(() -> call.checkAcceptsNominations(DEADLINE.plusDays(1)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("no longer accepts nominations");
    }

    @Test
    void aClosedCallAcceptsNoNominationEvenBeforeItsDeadline() {
        FellowshipCall call = call(3, 1);
        call.close(DEADLINE.minusDays(10));
        assertThat(call.acceptsNominationsOn(DEADLINE.minusDays(5))).isFalse();
        assertThat(call.getStatus()).isEqualTo(CallStatus.CLOSED);
        assertThat(call.getClosedOn()).isEqualTo(DEADLINE.minusDays(10));
        assertThatThrownBy(() -> call.close(DEADLINE.minusDays(9))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aStateNominatesAtMostTheCallsCap() {
        FellowshipCall call = call(3, 2);
        call.checkStateCap("NER", 0);
        call.checkStateCap("NER", 1);
        assertThatThrownBy(() -> call.checkStateCap("NER", 2))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("NER")
                .hasMessageContaining("(2)");
    }

    @Test
    void fundingNeverExceedsTheSeatsAndReportsTheRoomLeft() {
        FellowshipCall call = call(4, 1);
        call.checkFundable(0, 4);
        call.checkFundable(3, 1);
        assertThatThrownBy(() -> call.checkFundable(3, 2))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(
                        e -> assertThat(((ValidationFailedException) e).errors().toString())
                                .contains("seats", "at most 1 more"));
        assertThatThrownBy(() -> call.checkFundable(0, 0)).isInstanceOf(ValidationFailedException.class);
    }

    @Test
    void theCohortIsConfirmedOnceNominationsAreOverAndOnlyOnce() {
        FellowshipCall open = call(3, 1);
        assertThatThrownBy(() -> open.confirm(DEADLINE))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("open until");
        open.confirm(DEADLINE.plusDays(1));
        assertThat(open.getStatus()).isEqualTo(CallStatus.CONFIRMED);
        assertThat(open.getClosedOn()).isEqualTo(DEADLINE);
        assertThatThrownBy(() -> open.confirm(DEADLINE.plusDays(2)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already confirmed");
        assertThatThrownBy(() -> open.checkFundable(0, 1)).isInstanceOf(ConflictException.class);

        FellowshipCall closedEarly = call(3, 1);
        closedEarly.close(DEADLINE.minusDays(20));
        closedEarly.confirm(DEADLINE.minusDays(19));
        assertThat(closedEarly.getStatus()).isEqualTo(CallStatus.CONFIRMED);
    }

    @Test
    void personalDataIsDueForAnonymisationMonthsAfterNominationsEnded() {
        FellowshipCall call = call(3, 1);
        assertThat(call.anonymisationDueOn(DEADLINE, 24)).as("still open").isNull();
        assertThat(call.anonymisationDueOn(DEADLINE.plusDays(1), 24)).isEqualTo(DEADLINE.plusMonths(24));
        FellowshipCall closedEarly = call(3, 1);
        closedEarly.close(LocalDate.of(2027, 2, 10));
        assertThat(closedEarly.anonymisationDueOn(LocalDate.of(2027, 2, 10), 6)).isEqualTo(LocalDate.of(2027, 8, 10));
    }
}
