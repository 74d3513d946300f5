package org.clearinghouse.matching.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.cohort.cli.FellowshipCli;
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
 * {@code --input problem.json --output proposal.json [--time-limit 30s]}, or {@code fellowship ...} for the cohort
 * engine ({@link FellowshipCli}, the same options and exit codes): reads and validates the problem, solves
 * it (progress on stderr about once a second), writes the proposal atomically. Exit 0 on success, 2 on bad
 * arguments or input (one line per problem, no output file), 1 on an unexpected failure.
 */
public final class SolverCli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private static final String USAGE =
            "usage: java -jar clearinghouse-solver.jar --input problem.json --output proposal.json [--time-limit 30s]"
                    + " [--pinned accepted.json]\n       java -jar clearinghouse-solver.jar fellowship --input plan.json"
                    + " --output cohort.json [--time-limit 30s]";

    /** The least time given to the engine when reading the input took (almost) the whole limit. */
    private static final long MIN_SOLVE_MILLIS = 500;

    private SolverCli() {}

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
        if (args.length > 0 && args[0].equals("fellowship")) {
            return FellowshipCli.run(Arrays.copyOfRange(args, 1, args.length), err, startedNanos);
        }
        Arguments arguments = Arguments.parse(args);
        if (arguments.help) {
            err.println(USAGE);
            return OK;
        }
        if (!arguments.problems.isEmpty()) {
            arguments.problems.forEach(p -> err.println("error: " + p));
            err.println(USAGE);
            return BAD_INPUT;
        }
        Input input;
        try {
            input = read(arguments);
        } catch (InvalidProblemException e) {
            reportInvalid(e, err);
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("error: cannot read " + arguments.input + ": " + e.getMessage());
            return BAD_INPUT;
        }
        return solveAndWrite(input, arguments, startedNanos, err);
    }

    /** The problem and the pinned matches (none without {@code --pinned}), the matches checked against the problem. */
    private static Input read(Arguments arguments) throws InvalidProblemException, IOException {
        ProblemDocument problem = ProblemReader.read(arguments.input);
        if (arguments.pinned == null) {
            return new Input(problem, List.of());
        }
        List<MatchDocument> pinned = ProblemReader.readMatches(arguments.pinned);
        List<ValidationProblem> bad = ProblemValidator.validatePinned(
                problem, pinned, arguments.pinned.getFileName().toString());
        if (!bad.isEmpty()) {
            throw new InvalidProblemException(bad);
        }
        return new Input(problem, pinned);
    }

    private static void reportInvalid(InvalidProblemException e, PrintStream err) {
        for (ValidationProblem p : e.getProblems()) {
            err.println("error: " + p);
        }
        err.println(e.getProblems().size() + " problem(s) found; nothing written");
    }

    /** Solves within what is left of the time limit and writes the proposal; returns the exit status. */
    private static int solveAndWrite(Input input, Arguments arguments, long startedNanos, PrintStream err) {
        try {
            Duration left = timeLeft(arguments.limit, startedNanos);
            err.printf(
                    "solving %d requests and %d offers (%d pinned matches) for at most %s (time limit %s, counted from the start)%n",
                    input.problem().requests().size(),
                    input.problem().offers().size(),
                    input.pinned().size(),
                    format(left),
                    format(arguments.limit));
            MatchingResult result = solve(input, left, err);
            ProposalWriter.writeAtomically(result.toProposalDocument(), arguments.output);
            reportDone(result, err);
            return OK;
        } catch (IOException e) {
            err.println("error: cannot write " + arguments.output + ": " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println("error: solving failed: " + e);
            return FAILED;
        }
    }

    /** What is left of the limit counted from {@code startedNanos}, and never less than {@link #MIN_SOLVE_MILLIS}. */
    private static Duration timeLeft(Duration limit, long startedNanos) {
        Duration left = limit.minusNanos(System.nanoTime() - startedNanos);
        return left.toMillis() < MIN_SOLVE_MILLIS ? Duration.ofMillis(MIN_SOLVE_MILLIS) : left;
    }

    private static MatchingResult solve(Input input, Duration left, PrintStream err) {
        try (Throttle throttle = new Throttle(err)) {
            return new MatchingEngine()
                    .solve(input.problem(), input.pinned(), EngineSettings.of(left), throttle::report);
        }
    }

    private static void reportDone(MatchingResult result, PrintStream err) {
        err.printf(
                "done in %s: score %s (%s), %d proposals, %d requests funded, %d partly, %d unfunded%n",
                format(Duration.ofMillis(result.run().elapsedMillis())),
                result.score(),
                result.run().stopReason(),
                result.statistics().proposals(),
                result.statistics().fundedRequests(),
                result.statistics().partlyFundedRequests(),
                result.statistics().unfundedRequests());
        if (!result.feasible()) {
            err.println("warning: the proposal breaks a hard rule (pinned or committed amounts conflict)");
        }
    }

    private static String format(Duration d) {
        return d.toMillis() < 10_000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    /** What the command line asks for, and what is wrong with it (one problem a line, in the order found). */
    private static final class Arguments {
        private Path input;
        private Path output;
        private Path pinned;
        private Duration limit = EngineSettings.DEFAULT_TIME_LIMIT;
        private boolean help;
        private final List<String> problems = new ArrayList<>();

        /** Reads the options up to the end or a {@code --help}; then checks the files unless help was asked. */
        static Arguments parse(String[] args) {
            Arguments parsed = new Arguments();
            for (int i = 0; i < args.length && !parsed.help; i++) {
                String name = args[i];
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (name) {
                    case "--input", "--output", "--time-limit", "--pinned" -> {
                        if (value == null || value.startsWith("--")) {
                            parsed.problems.add(name + " needs a value");
                        } else {
                            parsed.set(name, value);
                            i++;
                        }
                    }
                    case "--help", "-h" -> parsed.help = true;
                    default -> parsed.problems.add("unknown argument: " + name);
                }
            }
            if (!parsed.help) {
                parsed.checkFiles();
            }
            return parsed;
        }

        private void set(String name, String value) {
            switch (name) {
                case "--input" -> input = Path.of(value);
                case "--output" -> output = Path.of(value);
                case "--pinned" -> pinned = Path.of(value);
                default -> {
                    limit = DurationArgument.parse(value);
                    if (limit == null) {
                        problems.add("--time-limit: not a positive duration like 500ms, 30s or 2m: " + value);
                    }
                }
            }
        }

        /** The input (and the pinned matches) must be readable, the output's folder writable. */
        private void checkFiles() {
            if (input == null) {
                problems.add("--input is required");
            } else if (!Files.isReadable(input)) {
                problems.add("--input: cannot read " + input);
            }
            if (pinned != null && !Files.isReadable(pinned)) {
                problems.add("--pinned: cannot read " + pinned);
            }
            if (output == null) {
                problems.add("--output is required");
            } else {
                Path dir = output.toAbsolutePath().getParent();
                if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
                    problems.add("--output: folder does not exist or is not writable: " + dir);
                }
            }
        }
    }

    /** The problem read and the matches pinned in it. */
    private record Input(ProblemDocument problem, List<MatchDocument> pinned) {}

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
