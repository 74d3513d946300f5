package org.clearinghouse.matching.solver;

import java.time.Duration;

/** A new best solution's score, with the time since solving started. */
public record SolveProgress(Duration elapsed, String bestScore, boolean feasible, long hard, long medium, long soft) {}
