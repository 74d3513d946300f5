package org.clearinghouse.matching.solver;

/** Told of each new best score, on the solver's thread: keep it quick (throttle, copy, hand over). */
@FunctionalInterface
public interface ProgressListener {

    void onProgress(SolveProgress progress);

    ProgressListener NONE = progress -> {};
}
