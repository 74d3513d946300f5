package org.clearinghouse.matching.solver;

import java.time.Duration;

/**
 * How long and how the engine solves. {@code unimprovedLimit} null means automatic (a fifth of the time limit, between
 * 1 and 30 seconds); the solver also stops as soon as every request is fully funded in one piece each (provably optimal).
 */
public record EngineSettings(Duration timeLimit, Duration unimprovedLimit, long randomSeed, boolean explanations) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    public EngineSettings {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive");
        }
    }

    public static EngineSettings of(Duration timeLimit) {
        return new EngineSettings(timeLimit, null, 0L, true);
    }

    public Duration effectiveUnimprovedLimit() {
        if (unimprovedLimit != null) {
            return unimprovedLimit;
        }
        long millis = Math.max(1_000, Math.min(30_000, timeLimit.toMillis() / 5));
        return Duration.ofMillis(Math.min(millis, timeLimit.toMillis()));
    }
}
