package org.clearinghouse.cohort.solver;

import java.time.Duration;

/**
 * How long and how the cohort engine solves. {@code unimprovedLimit} null means automatic (a fifth of the time limit,
 * between 1 and 30 seconds); the engine also stops as soon as it reaches the relaxation bound (a proven optimum).
 */
public record CohortSettings(Duration timeLimit, Duration unimprovedLimit, long randomSeed) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    public CohortSettings {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive");
        }
    }

    public static CohortSettings of(Duration timeLimit) {
        return new CohortSettings(timeLimit, null, 0L);
    }

    public Duration effectiveUnimprovedLimit() {
        if (unimprovedLimit != null) {
            return unimprovedLimit;
        }
        long millis = Math.max(1_000, Math.min(30_000, timeLimit.toMillis() / 5));
        return Duration.ofMillis(Math.min(millis, timeLimit.toMillis()));
    }
}
