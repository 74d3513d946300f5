package org.clearinghouse.matching.cli;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the latest best score and prints it with the elapsed time once a second from a daemon thread (or
 * {@code beforeFirst} while there is none yet).
 */
public final class ProgressTicker implements AutoCloseable {

    private final PrintStream err;
    private final String beforeFirst;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile Object latest;

    public ProgressTicker(PrintStream err, String threadName, String beforeFirst) {
        this.err = err;
        this.beforeFirst = beforeFirst;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::print, 1, 1, TimeUnit.SECONDS);
    }

    /** The best score so far (printed with {@code toString}). */
    public void report(Object bestScore) {
        latest = bestScore;
    }

    private void print() {
        Object best = latest;
        double elapsed = (System.nanoTime() - started) / 1e9;
        err.printf("  %6.1f s  %s%n", elapsed, best == null ? beforeFirst : "best " + best);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
