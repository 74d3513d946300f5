package org.clearinghouse.matching.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test support for the solver's command line, as a user calls it ({@link SolverCli#run}): the exit status and what
 * was printed on stderr; and test inputs copied from the class path into a folder.
 */
public record CliRun(int status, String err) {

    /** Runs the command line with the time limit counted from now. */
    public static CliRun of(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = SolverCli.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new CliRun(status, bytes.toString(StandardCharsets.UTF_8));
    }

    /** Copies the class-path resource {@code /folder/name} to {@code dir/name}. */
    public static Path copy(String folder, String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = CliRun.class.getResourceAsStream("/" + folder + "/" + name)) {
            if (in == null) {
                throw new IOException("no test resource /" + folder + "/" + name);
            }
            Files.copy(in, target);
        }
        return target;
    }
}
