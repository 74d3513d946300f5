package org.clearinghouse.platform.rest;

import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * The largest request bodies accepted, in bytes, from the environment: {@code MAX_BODY_BYTES} (default 1 MiB) for
 * ordinary JSON bodies, {@code MAX_IMPORT_BYTES} (default 10 MiB) for the imports ({@link Upload}). A value that is
 * not a positive whole number falls back to the default, and says so in the log.
 */
public record BodyLimits(long ordinary, long upload) {

    public static final long DEFAULT_ORDINARY = 1024L * 1024;
    public static final long DEFAULT_UPLOAD = 10L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(BodyLimits.class.getName());

    /** The limits of this server's environment. */
    public static BodyLimits fromEnvironment() {
        return from(System::getenv);
    }

    static BodyLimits from(UnaryOperator<String> environment) {
        return new BodyLimits(
                bytes(environment, "MAX_BODY_BYTES", DEFAULT_ORDINARY),
                bytes(environment, "MAX_IMPORT_BYTES", DEFAULT_UPLOAD));
    }

    private static long bytes(UnaryOperator<String> environment, String name, long fallback) {
        String text = environment.apply(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        LOG.warning(() -> name + "='" + text + "' is not a positive number of bytes; using " + fallback + ".");
        return fallback;
    }
}
