package org.clearinghouse.matching.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import org.clearinghouse.matching.exchange.InvalidProblemException;
import org.clearinghouse.matching.exchange.ValidationProblem;

/** What every solver command does alike: exit statuses, messages on stderr, the time left of the limit. */
public final class CliSupport {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    /** The least time given to the engine when reading the input took (almost) the whole limit. */
    private static final long MIN_SOLVE_MILLIS = 500;

    private CliSupport() {}

    /** Prints each problem of the arguments and the usage; returns {@link #BAD_INPUT}. */
    public static int badArguments(List<String> problems, String usage, PrintStream err) {
        problems.forEach(p -> err.println("error: " + p));
        err.println(usage);
        return BAD_INPUT;
    }

    /** Prints each problem of the input and that nothing was written; returns {@link #BAD_INPUT}. */
    public static int invalidInput(InvalidProblemException e, PrintStream err) {
        for (ValidationProblem p : e.getProblems()) {
            err.println("error: " + p);
        }
        err.println(e.getProblems().size() + " problem(s) found; nothing written");
        return BAD_INPUT;
    }

    /** What is left of the limit counted from {@code startedNanos}, and never less than {@link #MIN_SOLVE_MILLIS}. */
    public static Duration timeLeft(Duration limit, long startedNanos) {
        Duration left = limit.minusNanos(System.nanoTime() - startedNanos);
        return left.toMillis() < MIN_SOLVE_MILLIS ? Duration.ofMillis(MIN_SOLVE_MILLIS) : left;
    }

    /** Milliseconds below ten seconds, whole seconds above. */
    public static String format(Duration d) {
        return d.toMillis() < 10_000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }
}
