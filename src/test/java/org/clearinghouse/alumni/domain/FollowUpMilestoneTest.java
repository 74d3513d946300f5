package org.clearinghouse.alumni.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.clearinghouse.shared.errors.ConflictException;
import org.junit.jupiter.api.Test;

class FollowUpMilestoneTest {

    private static final LocalDate END = LocalDate.of(2027, 8, 31);

    @Test
    void eachFollowUpIsDueItsMonthsAfterTheLastDayOfTheCourse() {
        assertThat(FollowUpMilestone.SIX_MONTHS.dueOn(END)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(FollowUpMilestone.TWELVE_MONTHS.dueOn(END)).isEqualTo(LocalDate.of(2028, 8, 31));
        assertThat(FollowUpMilestone.SIX_MONTHS.opensOn(END, 30)).isEqualTo(LocalDate.of(2028, 1, 30));
    }

    @Test
    void aFollowUpIsRefusedTheDayBeforeItOpensAndTakenOnThatDay() {
        LocalDate opens = FollowUpMilestone.TWELVE_MONTHS.opensOn(END, 30);
        assertThatThrownBy(() -> FollowUpMilestone.TWELVE_MONTHS.checkOpen(END, 30, opens.minusDays(1)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("12-month", "2028-08-31", opens.toString());
        FollowUpMilestone.TWELVE_MONTHS.checkOpen(END, 30, opens);
    }

    @Test
    void onlySixAndTwelveMonthsAreMilestones() {
        assertThat(FollowUpMilestone.ofMonths(6)).contains(FollowUpMilestone.SIX_MONTHS);
        assertThat(FollowUpMilestone.ofMonths(12)).contains(FollowUpMilestone.TWELVE_MONTHS);
        assertThat(FollowUpMilestone.ofMonths(9)).isEmpty();
    }
}
