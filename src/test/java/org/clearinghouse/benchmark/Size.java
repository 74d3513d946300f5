package org.clearinghouse.benchmark;

import java.time.Duration;
import java.util.Locale;

/**
 * The benchmark sizes: counts, the eligible-pair count the generator aims at, the solver's time limit, and the
 * generator's breadth knob (how many areas/types an offer covers) tuned so the eligible pairs land near the target.
 */
public enum Size {
    S(60, 15, 150, Duration.ofSeconds(5), 0.75, 0.9),
    M(500, 80, 3_000, Duration.ofSeconds(10), 0.40, 0.65),
    L(3_000, 400, 100_000, Duration.ofSeconds(60), 0.40, 0.7),
    XL(20_000, 2_000, 3_000_000, Duration.ofSeconds(120), 0.37, 0.65);

    public final int requests;
    public final int offers;
    public final long targetEligiblePairs;
    public final Duration solverLimit;
    final double breadth;
    /** The same knob for the realistic family. */
    final double realisticBreadth;

    Size(
            int requests,
            int offers,
            long targetEligiblePairs,
            Duration solverLimit,
            double breadth,
            double realisticBreadth) {
        this.realisticBreadth = realisticBreadth;
        this.requests = requests;
        this.offers = offers;
        this.targetEligiblePairs = targetEligiblePairs;
        this.solverLimit = solverLimit;
        this.breadth = breadth;
    }

    public static Size parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
