package org.clearinghouse.cohort.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearinghouse.matching.exchange.InvalidProblemException;
import org.clearinghouse.matching.exchange.JsonFields;
import org.clearinghouse.matching.exchange.ValidationProblem;

/**
 * Reads a cohort problem and reports every problem at once: malformed JSON (with line and column), fields of the
 * wrong JSON type, then everything {@link CohortProblemValidator} finds. Nothing is returned unless all is valid. The
 * JSON reading is the matching engine's ({@link JsonFields}), the same messages for the same faults.
 */
public final class CohortProblemReader {

    private CohortProblemReader() {}

    public static CohortProblemDocument read(Path file) throws InvalidProblemException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static CohortProblemDocument read(InputStream in, String source)
            throws InvalidProblemException, IOException {
        JsonNode root = JsonFields.readObject(in, source);
        List<ValidationProblem> problems = new ArrayList<>();
        CohortProblemDocument doc = parse(root, new JsonFields(source, problems));
        JsonFields.throwIfAny(JsonFields.withSemanticProblems(problems, CohortProblemValidator.validate(doc, source)));
        return doc;
    }

    private static CohortProblemDocument parse(JsonNode root, JsonFields f) {
        List<CallDocument> calls = new ArrayList<>();
        for (JsonNode n : f.array(root, "calls", true)) {
            String id = f.id(n, "calls", calls.size(), "id");
            calls.add(new CallDocument(
                    id,
                    f.text(n, id, "title"),
                    f.integer(n, id, "year"),
                    f.texts(n, id, "regions"),
                    f.text(n, id, "hostState"),
                    f.text(n, id, "start"),
                    f.text(n, id, "end"),
                    f.texts(n, id, "languages"),
                    f.texts(n, id, "topics"),
                    f.integer(n, id, "seats"),
                    f.amount(n, id, "seatCostUsd"),
                    f.text(n, id, "nominationDeadline"),
                    f.integer(n, id, "maxNominationsPerState"),
                    f.integer(n, id, "maxSelectedPerState"),
                    f.integer(n, id, "womenTargetPercent"),
                    f.integer(n, id, "minExperienceYears"),
                    f.integer(n, id, "maxExperienceYears")));
        }
        List<NominationDocument> nominations = new ArrayList<>();
        for (JsonNode n : f.array(root, "nominations", true)) {
            String id = f.id(n, "nominations", nominations.size(), "id");
            nominations.add(new NominationDocument(
                    id,
                    f.text(n, id, "callId"),
                    f.text(n, id, "candidateId"),
                    f.text(n, id, "state"),
                    f.text(n, id, "region"),
                    f.text(n, id, "subRegion"),
                    f.text(n, id, "gender"),
                    f.texts(n, id, "languages"),
                    f.texts(n, id, "topics"),
                    f.integer(n, id, "yearsExperience"),
                    f.integer(n, id, "rank")));
        }
        List<FundingDocument> funding = new ArrayList<>();
        for (JsonNode n : f.array(root, "funding", false)) {
            String id = "funding[" + funding.size() + "]";
            funding.add(new FundingDocument(
                    f.text(n, id, "callId"),
                    f.text(n, id, "donor"),
                    f.integer(n, id, "seats"),
                    f.text(n, id, "offerId")));
        }
        List<PinDocument> pins = new ArrayList<>();
        for (JsonNode n : f.array(root, "pins", false)) {
            String id = "pins[" + pins.size() + "]";
            pins.add(new PinDocument(f.text(n, id, "nominationId"), f.bool(n, id, "selected")));
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        JsonNode status = root.get("developmentStatus");
        if (status != null && !status.isNull()) {
            if (!status.isObject()) {
                f.problem(null, "developmentStatus", "must be an object of State code to status");
            } else {
                for (Map.Entry<String, JsonNode> e : status.properties()) {
                    statuses.put(
                            e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : null);
                }
            }
        }
        return new CohortProblemDocument(
                f.integer(root, null, "formatVersion"), calls, nominations, funding, pins, statuses);
    }
}
