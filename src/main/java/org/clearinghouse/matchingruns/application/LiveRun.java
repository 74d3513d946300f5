package org.clearinghouse.matchingruns.application;

import org.clearinghouse.matching.solver.MatchingEngine;
import org.clearinghouse.matching.solver.SolveProgress;

/** The run being solved now: its engine (to stop it) and its latest progress, updated by the solver thread. */
final class LiveRun {

    private final long runId;
    private final MatchingEngine engine = new MatchingEngine();
    private final long startedNanos = System.nanoTime();
    private volatile SolveProgress latest;
    private volatile boolean stopRequested;

    LiveRun(long runId) {
        this.runId = runId;
    }

    long runId() {
        return runId;
    }

    MatchingEngine engine() {
        return engine;
    }

    void onProgress(SolveProgress progress) {
        latest = progress;
    }

    void stop() {
        stopRequested = true;
        engine.terminateEarly();
    }

    boolean stopRequested() {
        return stopRequested;
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    String bestScore() {
        SolveProgress p = latest;
        return p == null ? null : p.bestScore();
    }

    Boolean feasible() {
        SolveProgress p = latest;
        return p == null ? null : p.feasible();
    }
}
