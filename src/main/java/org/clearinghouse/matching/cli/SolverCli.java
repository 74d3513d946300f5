package org.clearinghouse.matching.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.clearinghouse.matching.exchange.InvalidProblemException;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.exchange.ProblemReader;
import org.clearinghouse.matching.exchange.ProblemValidator;
import org.clearinghouse.matching.exchange.ProposalWriter;
import org.clearinghouse.matching.exchange.ValidationProblem;
import org.clearinghouse.matching.solver.EngineSettings;
import org.clearinghouse.matching.solver.MatchingEngine;
import org.clearinghouse.matching.solver.MatchingResult;
import org.clearinghouse.matching.solver.SolveProgress;

/**
 * {@code --input problem.json --output proposal.json [--time-limit 30s]}: reads and validates the problem, solves
 * it (progress on stderr about once a second), writes the proposal atomically. Exit 0 on success, 2 on bad
 * arguments or input (one line per problem, no output file), 1 on an unexpected failure.
 */
public final class SolverCli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private static final String USAGE =
            "usage: java -jar clearinghouse-solver.jar --input problem.json --output proposal.json [--time-limit 30s]"
            + " [--pinned accepted.json]";

    /** The least time given to the engine when reading the input took (almost) the whole limit. */
    private static final long MIN_SOLVE_MILLIS = 500;

    private SolverCli() {
    }

    public static void main(String[] args) {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR"); // no "no provider" notice on stderr
        }
        long jvmUptimeMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        int status = run(args, System.err, System.nanoTime() - jvmUptimeMillis * 1_000_000L);
        System.exit(status);
    }

    /** Runs the command line without exiting; returns the exit status. The time limit counts from now. */
    public static int run(String[] args, PrintStream err) {
        return run(args, err, System.nanoTime());
    }

    /**
     * The same, with the time limit counted from {@code startedNanos} ({@link System#nanoTime()} when the clock
     * started: the JVM's start for the command line, so that reading the input counts too).
     */
    public static int run(String[] args, PrintStream err, long startedNanos) {
        Path input = null;
        Path output = null;
        Path pinnedFile = null;
        Duration limit = EngineSettings.DEFAULT_TIME_LIMIT;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--input", "--output", "--time-limit", "--pinned" -> {
                    if (value == null || value.startsWith("--")) {
                        problems.add(a + " needs a value");
                        continue;
                    }
                    i++;
                    if (a.equals("--input")) {
                        input = Path.of(value);
                    } else if (a.equals("--output")) {
                        output = Path.of(value);
                    } else if (a.equals("--pinned")) {
                        pinnedFile = Path.of(value);
                    } else {
                        limit = DurationArgument.parse(value);
                        if (limit == null) {
                            problems.add("--time-limit: not a positive duration like 500ms, 30s or 2m: " + value);
                        }
                    }
                }
                case "--help", "-h" -> {
                    err.println(USAGE);
                    return OK;
                }
                default -> problems.add("unknown argument: " + a);
            }
        }
        if (input == null) {
            problems.add("--input is required");
        } else if (!Files.isReadable(input)) {
            problems.add("--input: cannot read " + input);
        }
        if (pinnedFile != null && !Files.isReadable(pinnedFile)) {
            problems.add("--pinned: cannot read " + pinnedFile);
        }
        if (output == null) {
            problems.add("--output is required");
        } else {
            Path dir = output.toAbsolutePath().getParent();
            if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
                problems.add("--output: folder does not exist or is not writable: " + dir);
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("error: " + p));
            err.println(USAGE);
            return BAD_INPUT;
        }
        ProblemDocument problem;
        List<MatchDocument> pinned = List.of();
        try {
            problem = ProblemReader.read(input);
            if (pinnedFile != null) {
                pinned = ProblemReader.readMatches(pinnedFile);
                List<ValidationProblem> bad = ProblemValidator.validatePinned(problem, pinned,
                        pinnedFile.getFileName().toString());
                if (!bad.isEmpty()) {
                    throw new InvalidProblemException(bad);
                }
            }
        } catch (InvalidProblemException e) {
            for (ValidationProblem p : e.getProblems()) {
                err.println("error: " + p);
            }
            err.println(e.getProblems().size() + " problem(s) found; nothing written");
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("error: cannot read " + input + ": " + e.getMessage());
            return BAD_INPUT;
        }
        try {
            Duration left = limit.minusNanos(System.nanoTime() - startedNanos);
            if (left.toMillis() < MIN_SOLVE_MILLIS) {
                left = Duration.ofMillis(MIN_SOLVE_MILLIS);
            }
            err.printf("solving %d requests and %d offers (%d pinned matches) for at most %s (time limit %s, counted from the start)%n",
                    problem.requests().size(), problem.offers().size(), pinned.size(), format(left), format(limit));
            MatchingResult result;
            try (Throttle throttle = new Throttle(err)) {
                result = new MatchingEngine().solve(problem, pinned, EngineSettings.of(left), throttle::report);
            }
            ProposalWriter.writeAtomically(result.toProposalDocument(), output);
            err.printf("done in %s: score %s (%s), %d proposals, %d requests funded, %d partly, %d unfunded%n",
                    format(Duration.ofMillis(result.run().elapsedMillis())), result.score(), result.run().stopReason(),
                    result.statistics().proposals(), result.statistics().fundedRequests(),
                    result.statistics().partlyFundedRequests(), result.statistics().unfundedRequests());
            if (!result.feasible()) {
                err.println("warning: the proposal breaks a hard rule (pinned or committed amounts conflict)");
            }
            return OK;
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println("error: solving failed: " + e);
            return FAILED;
        }
    }

    private static String format(Duration d) {
        return d.toMillis() < 10_000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    /** Keeps the latest best score and prints it with the elapsed time once a second from a daemon thread. */
    private static final class Throttle implements AutoCloseable {
        private final PrintStream err;
        private final long started = System.nanoTime();
        private final java.util.concurrent.ScheduledExecutorService timer;
        private volatile SolveProgress latest;

        Throttle(PrintStream err) {
            this.err = err;
            this.timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "solver-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::print, 1, 1, java.util.concurrent.TimeUnit.SECONDS);
        }

        void report(SolveProgress p) {
            latest = p;
        }

        private void print() {
            SolveProgress p = latest;
            double elapsed = (System.nanoTime() - started) / 1e9;
            err.printf("  %6.1f s  %s%n", elapsed, p == null ? "building a first solution" : "best " + p.bestScore());
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
