package org.clearinghouse.matching.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
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

/**
 * {@code --input problem.json --output proposal.json [--time-limit 30s]}, or {@code <subcommand> ...} for a
 * {@link Subcommand} another engine registers (e.g. {@code fellowship}, the same options and exit codes): reads and
 * validates the problem, solves it (progress on stderr about once a second), writes the proposal atomically. Exit 0
 * on success, 2 on bad arguments or input (one line per problem, no output file), 1 on an unexpected failure.
 */
public final class SolverCli {

    public static final int OK = CliSupport.OK;
    public static final int FAILED = CliSupport.FAILED;
    public static final int BAD_INPUT = CliSupport.BAD_INPUT;

    private static final String SYNOPSIS = "java -jar clearinghouse-solver.jar --input problem.json --output"
            + " proposal.json [--time-limit 30s] [--pinned accepted.json]";

    private static final Set<String> OPTIONS = Set.of("--input", "--output", "--time-limit", "--pinned");

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
        List<Subcommand> subcommands = subcommands();
        if (args.length > 0) {
            for (Subcommand subcommand : subcommands) {
                if (subcommand.name().equals(args[0])) {
                    return subcommand.run(Arrays.copyOfRange(args, 1, args.length), err, startedNanos);
                }
            }
        }
        String usage = usage(subcommands);
        CliArguments arguments = CliArguments.parse(args, OPTIONS);
        if (arguments.help()) {
            err.println(usage);
            return OK;
        }
        arguments.checkReadable("--input", true);
        arguments.checkReadable("--pinned", false);
        arguments.checkWritable("--output");
        if (!arguments.problems().isEmpty()) {
            return CliSupport.badArguments(arguments.problems(), usage, err);
        }
        Input input;
        try {
            input = read(arguments.path("--input"), arguments.path("--pinned"));
        } catch (InvalidProblemException e) {
            return CliSupport.invalidInput(e, err);
        } catch (IOException e) {
            err.println("error: cannot read " + arguments.path("--input") + ": " + e.getMessage());
            return BAD_INPUT;
        }
        return solveAndWrite(
                input,
                arguments.timeLimit(EngineSettings.DEFAULT_TIME_LIMIT),
                arguments.path("--output"),
                startedNanos,
                err);
    }

    /** The subcommands registered in {@code META-INF/services}, in the order found. */
    private static List<Subcommand> subcommands() {
        return ServiceLoader.load(Subcommand.class, SolverCli.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
    }

    private static String usage(List<Subcommand> subcommands) {
        StringBuilder usage = new StringBuilder("usage: ").append(SYNOPSIS);
        subcommands.forEach(s -> usage.append("\n       ").append(s.synopsis()));
        return usage.toString();
    }

    /** The problem and the pinned matches (none without {@code --pinned}), the matches checked against the problem. */
    private static Input read(Path problemFile, Path pinnedFile) throws InvalidProblemException, IOException {
        ProblemDocument problem = ProblemReader.read(problemFile);
        if (pinnedFile == null) {
            return new Input(problem, List.of());
        }
        List<MatchDocument> pinned = ProblemReader.readMatches(pinnedFile);
        List<ValidationProblem> bad = ProblemValidator.validatePinned(
                problem, pinned, pinnedFile.getFileName().toString());
        if (!bad.isEmpty()) {
            throw new InvalidProblemException(bad);
        }
        return new Input(problem, pinned);
    }

    /** Solves within what is left of the time limit and writes the proposal; returns the exit status. */
    private static int solveAndWrite(Input input, Duration limit, Path output, long startedNanos, PrintStream err) {
        try {
            Duration left = CliSupport.timeLeft(limit, startedNanos);
            err.printf(
                    "solving %d requests and %d offers (%d pinned matches) for at most %s (time limit %s, counted from the start)%n",
                    input.problem().requests().size(),
                    input.problem().offers().size(),
                    input.pinned().size(),
                    CliSupport.format(left),
                    CliSupport.format(limit));
            MatchingResult result = solve(input, left, err);
            ProposalWriter.writeAtomically(result.toProposalDocument(), output);
            reportDone(result, err);
            return OK;
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println("error: solving failed: " + e);
            return FAILED;
        }
    }

    private static MatchingResult solve(Input input, Duration left, PrintStream err) {
        try (ProgressTicker ticker = new ProgressTicker(err, "solver-progress", "building a first solution")) {
            return new MatchingEngine()
                    .solve(input.problem(), input.pinned(), EngineSettings.of(left), p -> ticker.report(p.bestScore()));
        }
    }

    private static void reportDone(MatchingResult result, PrintStream err) {
        err.printf(
                "done in %s: score %s (%s), %d proposals, %d requests funded, %d partly, %d unfunded%n",
                CliSupport.format(Duration.ofMillis(result.run().elapsedMillis())),
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

    /** The problem read and the matches pinned in it. */
    private record Input(ProblemDocument problem, List<MatchDocument> pinned) {}
}
