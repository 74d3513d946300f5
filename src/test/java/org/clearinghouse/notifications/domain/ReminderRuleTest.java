package org.clearinghouse.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.clearinghouse.requests.domain.RequestStatus;
import org.junit.jupiter.api.Test;

/** The due date of the 12-month reminder, with a fixed clock. */
class ReminderRuleTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2028-01-15T04:00:00Z"), ZoneOffset.UTC);
    private static final LocalDateTime NOW = LocalDateTime.now(CLOCK);

    @Test
    void dueTwelveMonthsAfterTheLastUpdateAndNotBefore() {
        assertThat(ReminderRule.isDue(RequestStatus.VALIDATED, NOW.minusMonths(12), NOW, false))
                .isTrue();
        assertThat(ReminderRule.isDue(
                        RequestStatus.VALIDATED, NOW.minusMonths(12).minusDays(40), NOW, false))
                .isTrue();
        assertThat(ReminderRule.isDue(
                        RequestStatus.VALIDATED, NOW.minusMonths(12).plusSeconds(1), NOW, false))
                .isFalse();
        assertThat(ReminderRule.isDue(RequestStatus.VALIDATED, NOW.minusDays(3), NOW, false))
                .isFalse();
        assertThat(ReminderRule.dueAt(LocalDateTime.parse("2027-01-15T04:00:00")))
                .isEqualTo(NOW);
    }

    @Test
    void neverTwiceForTheSameQuietPeriod() {
        assertThat(ReminderRule.isDue(RequestStatus.VALIDATED, NOW.minusMonths(13), NOW, true))
                .isFalse();
    }

    @Test
    void onlyOpenRequests() {
        LocalDateTime quiet = NOW.minusYears(2);
        assertThat(ReminderRule.isDue(RequestStatus.DRAFT, quiet, NOW, false)).isTrue();
        assertThat(ReminderRule.isDue(RequestStatus.SUBMITTED, quiet, NOW, false))
                .isTrue();
        assertThat(ReminderRule.isDue(RequestStatus.PARTIALLY_FUNDED, quiet, NOW, false))
                .isTrue();
        assertThat(ReminderRule.isDue(RequestStatus.FUNDED, quiet, NOW, false)).isFalse();
        assertThat(ReminderRule.isDue(RequestStatus.WITHDRAWN, quiet, NOW, false))
                .isFalse();
        assertThat(ReminderRule.isDue(RequestStatus.CLOSED, quiet, NOW, false)).isFalse();
    }

    @Test
    void aLeapDayUpdateIsDueAtTheEndOfFebruary() {
        LocalDateTime leap = LocalDateTime.parse("2028-02-29T10:00:00");
        assertThat(ReminderRule.dueAt(leap)).isEqualTo(LocalDateTime.parse("2029-02-28T10:00:00"));
    }
}
