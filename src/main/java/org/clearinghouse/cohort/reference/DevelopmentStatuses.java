package org.clearinghouse.cohort.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.clearinghouse.cohort.domain.DevelopmentStatus;

/**
 * The development status of States by ISO 3166-1 alpha-3 code, from {@code /reference/development-status.csv}
 * (lines {@code code,status}; {@code #} starts a comment). A State on neither list is {@link DevelopmentStatus#DEVELOPED}.
 */
public final class DevelopmentStatuses {

    public static final String RESOURCE = "/reference/development-status.csv";

    private static final DevelopmentStatuses BUILT_IN = load();

    private final Map<String, DevelopmentStatus> byState;

    public DevelopmentStatuses(Map<String, DevelopmentStatus> byState) {
        this.byState = Map.copyOf(byState);
    }

    /** The list shipped with the engine. */
    public static DevelopmentStatuses builtIn() {
        return BUILT_IN;
    }

    /** This list with some States' statuses replaced (e.g. by a problem's own {@code developmentStatus}). */
    public DevelopmentStatuses with(Map<String, DevelopmentStatus> overrides) {
        Map<String, DevelopmentStatus> merged = new HashMap<>(byState);
        merged.putAll(overrides);
        return new DevelopmentStatuses(merged);
    }

    public DevelopmentStatus of(String state) {
        return byState.getOrDefault(state, DevelopmentStatus.DEVELOPED);
    }

    public Map<String, DevelopmentStatus> asMap() {
        return Collections.unmodifiableMap(byState);
    }

    private static DevelopmentStatuses load() {
        try (InputStream in = DevelopmentStatuses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new DevelopmentStatuses(parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code code,status} lines; blank lines, comments and the header {@code code,status} are skipped. */
    public static Map<String, DevelopmentStatus> parse(InputStream in) throws IOException {
        Map<String, DevelopmentStatus> map = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.equals("code,status")) {
                continue;
            }
            String[] parts = trimmed.split(",", -1);
            if (parts.length != 2) {
                throw new IllegalStateException("not a line code,status: " + line);
            }
            if (map.put(parts[0].strip(), DevelopmentStatus.valueOf(parts[1].strip())) != null) {
                throw new IllegalStateException("listed twice: " + parts[0]);
            }
        }
        return map;
    }
}
