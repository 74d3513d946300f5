package org.clearinghouse.cohort.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a cohort problem and reports every problem at once: malformed JSON (with line and column), fields of the
 * wrong JSON type, then everything {@link CohortProblemValidator} finds. Nothing is returned unless all is valid.
 */
public final class CohortProblemReader {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private CohortProblemReader() {}

    public static CohortProblemDocument read(Path file) throws InvalidProblemException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static CohortProblemDocument read(InputStream in, String source)
            throws InvalidProblemException, IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidProblemException(List.of(new ValidationProblem(
                    source, null, null, "malformed JSON" + where + ": " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidProblemException(
                    List.of(new ValidationProblem(source, null, null, "the document must be a JSON object")));
        }
        List<ValidationProblem> problems = new ArrayList<>();
        CohortProblemDocument doc = parse(root, new Fields(source, problems));
        Set<String> reported = new HashSet<>();
        problems.forEach(p -> reported.add(p.id() + "/" + p.field()));
        for (ValidationProblem p : CohortProblemValidator.validate(doc, source)) {
            if (!reported.contains(p.id() + "/" + p.field())) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProblemException(problems);
        }
        return doc;
    }

    private static CohortProblemDocument parse(JsonNode root, Fields f) {
        List<CallDocument> calls = new ArrayList<>();
        for (JsonNode n : f.array(root, "calls", true)) {
            String id = f.id(n, "calls", calls.size());
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
            String id = f.id(n, "nominations", nominations.size());
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

    /** Typed access to fields; a field of the wrong JSON type is reported and read as missing. */
    private record Fields(String source, List<ValidationProblem> problems) {

        void problem(String id, String field, String message) {
            problems.add(new ValidationProblem(source, id, field, message));
        }

        List<JsonNode> array(JsonNode root, String field, boolean required) {
            JsonNode n = root.get(field);
            if (n == null || n.isNull()) {
                if (required) {
                    problem(null, field, "is required");
                }
                return List.of();
            }
            if (!n.isArray()) {
                problem(null, field, "must be an array");
                return List.of();
            }
            List<JsonNode> items = new ArrayList<>();
            for (JsonNode item : n) {
                if (item.isObject()) {
                    items.add(item);
                } else {
                    problem(field + "[" + items.size() + "]", null, "must be an object");
                }
            }
            return items;
        }

        String id(JsonNode n, String list, int position) {
            String id = text(n, list + "[" + position + "]", "id");
            return id == null || id.isBlank() ? list + "[" + position + "]" : id;
        }

        String text(JsonNode n, String id, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                problem(id, field, "must be a string");
                return null;
            }
            return v.asText();
        }

        List<String> texts(JsonNode n, String id, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            List<String> out = new ArrayList<>();
            if (!v.isArray()) {
                problem(id, field, "must be an array of strings");
                return null;
            }
            for (JsonNode item : v) {
                if (!item.isTextual()) {
                    problem(id, field, "must be an array of strings");
                    return null;
                }
                out.add(item.asText());
            }
            return out;
        }

        Integer integer(JsonNode n, String id, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                problem(id, field, "must be a whole number");
                return null;
            }
            return v.asInt();
        }

        Long amount(JsonNode n, String id, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                problem(id, field, "must be a whole number");
                return null;
            }
            return v.asLong();
        }

        Boolean bool(JsonNode n, String id, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isBoolean()) {
                problem(id, field, "must be true or false");
                return null;
            }
            return v.asBoolean();
        }
    }
}
