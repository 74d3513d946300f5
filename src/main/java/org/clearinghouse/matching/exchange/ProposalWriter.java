package org.clearinghouse.matching.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a proposal: {@code {"matches": [...], "score": ..., "statistics": {...}, "explanations": [...],
 * "unfunded": [...]}} (plus the score levels and run figures). Files are written atomically: a temporary file in the
 * same folder, then an atomic move over the target.
 */
public final class ProposalWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProposalWriter() {}

    /**
     * The proposal document, field order as in the format: {@code matches} first, then the extra fields.
     * {@code extras} are written as they are (records and maps serialise by their components).
     */
    public static Map<String, Object> proposal(List<MatchDocument> matches, Map<String, ?> extras) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("matches", matches);
        json.putAll(extras);
        return json;
    }

    public static void write(Map<String, ?> proposal, OutputStream out) throws IOException {
        MAPPER.writeValue(out, proposal);
    }

    /** Writes atomically: readers of {@code target} see the old file or the whole new one, never a part. */
    public static void writeAtomically(Map<String, ?> proposal, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                MAPPER.writeValue(out, proposal);
            }
            try {
                Files.setPosixFilePermissions(
                        temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
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
