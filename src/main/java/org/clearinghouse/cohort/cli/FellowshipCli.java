package org.clearinghouse.cohort.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.clearinghouse.cohort.exchange.CohortProblemDocument;
import org.clearinghouse.cohort.exchange.CohortProblemReader;
import org.clearinghouse.cohort.solver.CohortEngine;
import org.clearinghouse.cohort.solver.CohortResult;
import org.clearinghouse.cohort.solver.CohortSettings;
import org.clearinghouse.matching.cli.CliArguments;
import org.clearinghouse.matching.cli.CliSupport;
import org.clearinghouse.matching.cli.ProgressTicker;
import org.clearinghouse.matching.cli.Subcommand;
import org.clearinghouse.matching.exchange.InvalidProblemException;
import org.clearinghouse.matching.exchange.JsonFiles;

/**
 * {@code fellowship --input plan.json --output cohort.json [--time-limit 30s]}: reads and validates a cohort problem,
 * solves it (progress on stderr about once a second), writes the answer atomically. Exit 0 on success, 2 on bad
 * arguments or input (one line per problem, no output file), 1 on an unexpected failure; the same as for matching,
 * whose command-line plumbing ({@link CliArguments}, {@link CliSupport}) it uses. Registered as a {@link Subcommand}
 * of the solver's command line in {@code META-INF/services}.
 */
public final class FellowshipCli implements Subcommand {

    public static final String SYNOPSIS =
            "java -jar clearinghouse-solver.jar fellowship --input plan.json --output cohort.json [--time-limit 30s]";

    public static final String USAGE = "usage: " + SYNOPSIS;

    private static final Set<String> OPTIONS = Set.of("--input", "--output", "--time-limit");

    /** For {@link java.util.ServiceLoader}. */
    public FellowshipCli() {}

    @Override
    public String name() {
        return "fellowship";
    }

    @Override
    public String synopsis() {
        return SYNOPSIS;
    }

    /** Runs the subcommand (its arguments, without the word {@code fellowship}); the limit counts from startedNanos. */
    @Override
    public int run(String[] args, PrintStream err, long startedNanos) {
        CliArguments arguments = CliArguments.parse(args, OPTIONS);
        if (arguments.help()) {
            err.println(USAGE);
            return CliSupport.OK;
        }
        arguments.checkReadable("--input", true);
        arguments.checkWritable("--output");
        if (!arguments.problems().isEmpty()) {
            return CliSupport.badArguments(arguments.problems(), USAGE, err);
        }
        Path input = arguments.path("--input");
        CohortProblemDocument problem;
        try {
            problem = CohortProblemReader.read(input);
        } catch (InvalidProblemException e) {
            return CliSupport.invalidInput(e, err);
        } catch (IOException e) {
            err.println("error: cannot read " + input + ": " + e.getMessage());
            return CliSupport.BAD_INPUT;
        }
        return solveAndWrite(
                problem,
                arguments.timeLimit(CohortSettings.DEFAULT_TIME_LIMIT),
                arguments.path("--output"),
                startedNanos,
                err);
    }

    private static int solveAndWrite(
            CohortProblemDocument problem, Duration limit, Path output, long startedNanos, PrintStream err) {
        try {
            Duration left = CliSupport.timeLeft(limit, startedNanos);
            err.printf(
                    "solving %d calls and %d nominations (%d pinned) for at most %s (time limit %s, counted from the"
                            + " start)%n",
                    problem.calls().size(),
                    problem.nominations().size(),
                    problem.pins().size(),
                    CliSupport.format(left),
                    CliSupport.format(limit));
            CohortResult result;
            try (ProgressTicker ticker = new ProgressTicker(err, "cohort-progress", "building a first cohort")) {
                result = new CohortEngine().solve(problem, new CohortSettings(left, null, 0L), ticker::report);
            }
            JsonFiles.writeAtomically(result.toAnswerDocument(), output);
            reportDone(result, err);
            return CliSupport.OK;
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            return CliSupport.FAILED;
        } catch (RuntimeException e) {
            err.println("error: solving failed: " + e);
            return CliSupport.FAILED;
        }
    }

    private static void reportDone(CohortResult result, PrintStream err) {
        err.printf(
                "done in %s: score %s (%s), %d selected, %d on waiting lists; bound %dmedium/%dsoft%n",
                CliSupport.format(Duration.ofMillis(result.run().elapsedMillis())),
                result.score(),
                result.run().stopReason(),
                result.selected().size(),
                result.waitlist().size(),
                result.bound().medium(),
                result.bound().soft());
        if (!result.feasible()) {
            err.println("warning: the cohort breaks a hard rule (the pins conflict)");
        }
    }
}
