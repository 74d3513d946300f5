package org.clearinghouse.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, 5, 20, Duration.ofMinutes(15));

    @Test
    void theFifthFailureOfANameLocksItUntilTheFirstLeavesTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("alice", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.retryAfter("alice", "10.0.1.1")).isEmpty();

        throttle.failed("alice", "10.0.0.9"); // at minute 4; the first failure was at minute 0

        assertThat(throttle.retryAfter("alice", "10.0.1.1")).contains(Duration.ofMinutes(11));
        assertThat(throttle.retryAfter("ALICE ", "10.0.1.1"))
                .as("names compare without case")
                .isPresent();
        assertThat(throttle.retryAfter("bob", "10.0.1.1"))
                .as("other names are free")
                .isEmpty();
        clock.advance(Duration.ofMinutes(11));
        assertThat(throttle.retryAfter("alice", "10.0.1.1")).isEmpty();
    }

    @Test
    void anAddressIsLockedAfterTwentyFailuresWhateverTheNames() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertThat(throttle.retryAfter("someone", "192.0.2.7")).isEmpty();

        throttle.failed("user19", "192.0.2.7");

        assertThat(throttle.retryAfter("someone", "192.0.2.7")).contains(Duration.ofMinutes(15));
        assertThat(throttle.retryAfter("someone", "192.0.2.8")).isEmpty();
    }

    @Test
    void successClearsTheNameButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("carol", "198.51.100.1");
        }
        throttle.succeeded("carol");
        throttle.failed("carol", "198.51.100.1");

        assertThat(throttle.retryAfter("carol", "198.51.100.2")).isEmpty();
        for (int i = 0; i < 15; i++) {
            throttle.failed(null, "198.51.100.1");
        }
        assertThat(throttle.retryAfter("carol", "198.51.100.1"))
                .as("20 failures from the address, success or not")
                .isPresent();
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("dave", "203.0.113.1");
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.failed("dave", "203.0.113.1");

        assertThat(throttle.retryAfter("dave", "203.0.113.1")).isEmpty();
    }

    @Test
    void theWaitIsNeverLessThanOneSecond() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("erin", "203.0.113.2");
        }
        clock.advance(Duration.ofMinutes(15).minusMillis(300));

        assertThat(throttle.retryAfter("erin", "203.0.113.2")).contains(Duration.ofSeconds(1));
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
