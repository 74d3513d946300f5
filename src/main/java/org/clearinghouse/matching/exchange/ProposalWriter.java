package org.clearinghouse.matching.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a proposal: {@code {"matches": [...], "score": ..., "statistics": {...}, "explanations": [...],
 * "unfunded": [...]}} (plus the score levels and run figures). Files are written atomically ({@link JsonFiles}).
 */
public final class ProposalWriter {

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
        JsonFiles.write(proposal, out);
    }

    /** Writes atomically: readers of {@code target} see the old file or the whole new one, never a part. */
    public static void writeAtomically(Map<String, ?> proposal, Path target) throws IOException {
        JsonFiles.writeAtomically(proposal, target);
    }
}
