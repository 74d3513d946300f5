package org.clearinghouse.matching.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.clearinghouse.matching.solver.MatchingResult;

/**
 * Writes a proposal: {@code {"matches": [...], "score": ..., "statistics": {...}, "explanations": [...],
 * "unfunded": [...]}} (plus the score levels and run figures). Files are written atomically: a temporary file in the
 * same folder, then an atomic move over the target.
 */
public final class ProposalWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProposalWriter() {
    }

    /** The proposal as a JSON-ready map, field order as in the format. */
    public static Map<String, Object> toJsonMap(MatchingResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("matches", result.matches());
        json.put("score", result.score());
        json.put("feasible", result.feasible());
        json.put("statistics", result.statistics());
        json.put("explanations", result.explanations());
        json.put("unfunded", result.unfunded());
        json.put("run", result.run());
        return json;
    }

    public static void write(MatchingResult result, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toJsonMap(result));
    }

    /** Writes atomically: readers of {@code target} see the old file or the whole new one, never a part. */
    public static void writeAtomically(MatchingResult result, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                MAPPER.writeValue(out, toJsonMap(result));
            }
            try {
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default permissions
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
