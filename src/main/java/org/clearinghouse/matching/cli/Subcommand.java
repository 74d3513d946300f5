package org.clearinghouse.matching.cli;

import java.io.PrintStream;

/**
 * A further command of the solver's command line ({@code java -jar clearinghouse-solver.jar <name> ...}), found
 * through {@link java.util.ServiceLoader}: an engine registers its command in
 * {@code META-INF/services/org.clearinghouse.matching.cli.Subcommand}, so that this package imports no other engine.
 */
public interface Subcommand {

    /** The word that selects the command, e.g. {@code fellowship}. */
    String name();

    /** The synopsis without the word {@code usage:}, e.g. {@code java -jar clearinghouse-solver.jar name --input x}. */
    String synopsis();

    /**
     * Runs the command with its arguments (without its name); returns the exit status ({@link CliSupport#OK},
     * {@link CliSupport#FAILED} or {@link CliSupport#BAD_INPUT}). The time limit counts from {@code startedNanos}.
     */
    int run(String[] args, PrintStream err, long startedNanos);
}
