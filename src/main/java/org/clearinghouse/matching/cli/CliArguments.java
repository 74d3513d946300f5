package org.clearinghouse.matching.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of a solver command line ({@code --name value} pairs and {@code --help}), and what is wrong with them:
 * one problem a line, in the order found. The command names its options; the checks of files and of the time limit
 * are the same for every command.
 */
public final class CliArguments {

    private final Map<String, String> values = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private boolean help;

    private CliArguments() {}

    /** Reads the options up to the end or a {@code --help}; each of {@code options} takes a value. */
    public static CliArguments parse(String[] args, Set<String> options) {
        CliArguments parsed = new CliArguments();
        for (int i = 0; i < args.length && !parsed.help; i++) {
            String name = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (options.contains(name)) {
                if (value == null || value.startsWith("--")) {
                    parsed.problems.add(name + " needs a value");
                } else {
                    parsed.set(name, value);
                    i++;
                }
            } else if (name.equals("--help") || name.equals("-h")) {
                parsed.help = true;
            } else {
                parsed.problems.add("unknown argument: " + name);
            }
        }
        return parsed;
    }

    private void set(String name, String value) {
        values.put(name, value);
        if (name.equals("--time-limit") && DurationArgument.parse(value) == null) {
            problems.add("--time-limit: not a positive duration like 500ms, 30s or 2m: " + value);
        }
    }

    public boolean help() {
        return help;
    }

    /** What is wrong, in the order found (empty when all is well). */
    public List<String> problems() {
        return problems;
    }

    /** The option's value as a path, or null when it was not given. */
    public Path path(String option) {
        String value = values.get(option);
        return value == null ? null : Path.of(value);
    }

    /** The {@code --time-limit}, {@code fallback} when not given (null when not a duration: see the problems). */
    public Duration timeLimit(Duration fallback) {
        String value = values.get("--time-limit");
        return value == null ? fallback : DurationArgument.parse(value);
    }

    /** The option's file must be readable; {@code required}: it must be given. */
    public void checkReadable(String option, boolean required) {
        Path file = path(option);
        if (file == null) {
            if (required) {
                problems.add(option + " is required");
            }
        } else if (!Files.isReadable(file)) {
            problems.add(option + ": cannot read " + file);
        }
    }

    /** The option must be given, and its file's folder must exist and be writable. */
    public void checkWritable(String option) {
        Path file = path(option);
        if (file == null) {
            problems.add(option + " is required");
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
            problems.add(option + ": folder does not exist or is not writable: " + dir);
        }
    }
}
