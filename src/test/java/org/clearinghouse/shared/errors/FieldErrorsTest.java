package org.clearinghouse.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    @Test
    void aMonthIsFourDigitsOfYearAndTwoOfMonth() {
        FieldErrors errors = new FieldErrors();

        assertThat(errors.month("start", " 2027-01 ")).isEqualTo(YearMonth.of(2027, 1));
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aMonthThatWouldNotFitItsColumnIsRefusedWithTheFieldNamed() {
        // YearMonth.parse reads a sign and more than four digits of year; a 'YYYY-MM' column holds neither
        for (String month : new String[] {"-2027-01", "+10000-01", "2027-13", "2027-1", "March"}) {
            FieldErrors errors = new FieldErrors();

            assertThat(errors.month("start", month)).as(month).isNull();
            assertThatThrownBy(errors::throwIfAny)
                    .as(month)
                    .isInstanceOfSatisfying(
                            ValidationFailedException.class,
                            e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                                assertThat(error.field()).isEqualTo("start");
                                assertThat(error.message()).contains("is not a month written YYYY-MM");
                            }));
        }
    }
}
