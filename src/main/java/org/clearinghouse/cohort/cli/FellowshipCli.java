package org.clearinghouse.cohort.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearinghouse.cohort.exchange.CohortAnswerWriter;
import org.clearinghouse.cohort.exchange.CohortProblemDocument;
import org.clearinghouse.cohort.exchange.CohortProblemReader;
import org.clearinghouse.cohort.exchange.InvalidProblemException;
import org.clearinghouse.cohort.exchange.ValidationProblem;
import org.clearinghouse.cohort.solver.CohortEngine;
import org.clearinghouse.cohort.solver.CohortResult;
import org.clearinghouse.cohort.solver.CohortSettings;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * {@code fellowship --input plan.json --output cohort.json [--time-limit 30s]}: reads and validates a cohort problem,
 * solves it (progress on stderr about once a second), writes the answer atomically. Exit 0 on success, 2 on bad
 * arguments or input (one line per problem, no output file), 1 on an unexpected failure; the same as for matching.
 */
public final class FellowshipCli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    public static final String USAGE = "usage: java -jar clearinghouse-solver.jar fellowship --input plan.json"
            + " --output cohort.json [--time-limit 30s]";

    private static final long MIN_SOLVE_MILLIS = 500;
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m)");

    private FellowshipCli() {}

    /** Runs the subcommand (its arguments, without the word {@code fellowship}); the limit counts from startedNanos. */
    public static int run(String[] args, PrintStream err, long startedNanos) {
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
        CohortProblemDocument problem;
        try {
            problem = CohortProblemReader.read(arguments.input);
        } catch (InvalidProblemException e) {
            for (ValidationProblem p : e.getProblems()) {
                err.println("error: " + p);
            }
            err.println(e.getProblems().size() + " problem(s) found; nothing written");
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("error: cannot read " + arguments.input + ": " + e.getMessage());
            return BAD_INPUT;
        }
        return solveAndWrite(problem, arguments, startedNanos, err);
    }

    private static int solveAndWrite(
            CohortProblemDocument problem, Arguments arguments, long startedNanos, PrintStream err) {
        try {
            Duration left = arguments.limit.minusNanos(System.nanoTime() - startedNanos);
            if (left.toMillis() < MIN_SOLVE_MILLIS) {
                left = Duration.ofMillis(MIN_SOLVE_MILLIS);
            }
            err.printf(
                    "solving %d calls and %d nominations (%d pinned) for at most %s (time limit %s, counted from the"
                            + " start)%n",
                    problem.calls().size(),
                    problem.nominations().size(),
                    problem.pins().size(),
                    format(left),
                    format(arguments.limit));
            CohortResult result;
            try (Throttle throttle = new Throttle(err)) {
                result = new CohortEngine().solve(problem, new CohortSettings(left, null, 0L), throttle::report);
            }
            CohortAnswerWriter.writeAtomically(result.toAnswerDocument(), arguments.output);
            err.printf(
                    "done in %s: score %s (%s), %d selected, %d on waiting lists; bound %dmedium/%dsoft%n",
                    format(Duration.ofMillis(result.run().elapsedMillis())),
                    result.score(),
                    result.run().stopReason(),
                    result.selected().size(),
                    result.waitlist().size(),
                    result.bound().medium(),
                    result.bound().soft());
            if (!result.feasible()) {
                err.println("warning: the cohort breaks a hard rule (the pins conflict)");
            }
            return OK;
        } catch (IOException e) {
            err.println("error: cannot write " + arguments.output + ": " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println("error: solving failed: " + e);
            return FAILED;
        }
    }

    private static String format(Duration d) {
        return d.toMillis() < 10_000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    /** {@code 500ms}, {@code 30s} or {@code 2m}; null when not a positive duration. */
    static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long value = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(value);
            case "s" -> Duration.ofSeconds(value);
            default -> Duration.ofMinutes(value);
        };
        return d.isZero() ? null : d;
    }

    /** What the subcommand asks for, and what is wrong with it (one problem a line, in the order found). */
    private static final class Arguments {
        private Path input;
        private Path output;
        private Duration limit = CohortSettings.DEFAULT_TIME_LIMIT;
        private boolean help;
        private final List<String> problems = new ArrayList<>();

        static Arguments parse(String[] args) {
            Arguments parsed = new Arguments();
            for (int i = 0; i < args.length && !parsed.help; i++) {
                String name = args[i];
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (name) {
                    case "--input", "--output", "--time-limit" -> {
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
                default -> {
                    limit = parseDuration(value);
                    if (limit == null) {
                        problems.add("--time-limit: not a positive duration like 500ms, 30s or 2m: " + value);
                    }
                }
            }
        }

        private void checkFiles() {
            if (input == null) {
                problems.add("--input is required");
            } else if (!Files.isReadable(input)) {
                problems.add("--input: cannot read " + input);
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

    /** Keeps the latest best score and prints it with the elapsed time once a second from a daemon thread. */
    private static final class Throttle implements AutoCloseable {
        private final PrintStream err;
        private final long started = System.nanoTime();
        private final ScheduledExecutorService timer;
        private volatile HardMediumSoftLongScore latest;

        Throttle(PrintStream err) {
            this.err = err;
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "cohort-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::print, 1, 1, TimeUnit.SECONDS);
        }

        void report(HardMediumSoftLongScore score) {
            latest = score;
        }

        private void print() {
            HardMediumSoftLongScore s = latest;
            double elapsed = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "  %6.1f s  %s%n", elapsed, s == null ? "building a first cohort" : "best " + s);
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }
}
