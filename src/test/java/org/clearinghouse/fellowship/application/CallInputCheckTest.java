package org.clearinghouse.fellowship.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.clearinghouse.fellowship.domain.CallTerms;
import org.clearinghouse.shared.errors.FieldError;
import org.clearinghouse.shared.errors.ValidationFailedException;
import org.junit.jupiter.api.Test;

/** A call's input: every bad field at once, and the defaults of the issue (1 per State, half women, English). */
class CallInputCheckTest {

    @Test
    void theDefaultsOfTheIssueApply() {
        CallTerms terms = CallInputCheck.check(
                new CallInput(
                        "Tracing course",
                        List.of("AFRICA"),
                        "SEN",
                        null,
                        "2027-05-03",
                        "2027-05-21",
                        null,
                        null,
                        12,
                        9000L,
                        "2027-03-01",
                        null,
                        null),
                "SEN"::equals);
        assertThat(terms.maxNominationsPerState()).isEqualTo(1);
        assertThat(terms.womenTargetPercent()).isEqualTo(50);
        assertThat(terms.languages()).containsExactly("en");
        assertThat(terms.topics()).containsExactly("FELLOWSHIP");
        assertThat(terms.regions()).containsExactly("AFRICA");
    }

    @Test
    void aShareBecomesPercent() {
        CallTerms terms = CallInputCheck.check(
                new CallInput(
                        "Course",
                        List.of(),
                        "SEN",
                        "Dakar",
                        "2027-05-03",
                        "2027-05-21",
                        List.of("fr", "en"),
                        List.of("STOCKPILE_MANAGEMENT"),
                        3,
                        0L,
                        "2027-05-03",
                        2,
                        new BigDecimal("0.6")),
                "SEN"::equals);
        assertThat(terms.womenTargetPercent()).isEqualTo(60);
        assertThat(terms.regions()).isEmpty();
        assertThat(terms.languages()).containsExactly("fr", "en");
    }

    /** A code no State has (the check below also knows no State at all). */
    private static final String NO_SUCH_STATE = "ATL";

    @Test
    void everyBadFieldIsReportedAtOnce() {
        CallInput bad = new CallInput(
                " ",
                List.of("ATLANTIS"),
                NO_SUCH_STATE,
                null,
                "2027-05-21",
                "2027-05-03",
                List.of("French"),
                List.of("NOPE"),
                0,
                -1L,
                "2027-06-01",
                0,
                new BigDecimal("1.5"));
        assertThatThrownBy(() -> CallInputCheck.check(bad, code -> false))
                .isInstanceOf(ValidationFailedException.class)
                .satisfies(e -> assertThat(((ValidationFailedException) e)
                                .errors().stream().map(FieldError::field).toList())
                        .contains(
                                "title",
                                "regions[0]",
                                "hostState",
                                "end",
                                "nominationDeadline",
                                "languages[0]",
                                "topics[0]",
                                "seats",
                                "seatCostUsd",
                                "maxNominationsPerState",
                                "womenTargetShare"));
    }
}
