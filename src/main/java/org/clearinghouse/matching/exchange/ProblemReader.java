package org.clearinghouse.matching.exchange;

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
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads a problem in the exchange format and reports every problem at once: malformed JSON (with line and column),
 * fields of the wrong JSON type, then everything {@link ProblemValidator} finds. Nothing is returned unless the
 * whole input is valid.
 */
public final class ProblemReader {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ProblemReader() {}

    public static ProblemDocument read(Path file) throws InvalidProblemException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static ProblemDocument read(InputStream in, String source) throws InvalidProblemException, IOException {
        JsonNode root = readObject(in, source);
        List<ValidationProblem> problems = new ArrayList<>();
        Fields f = new Fields(source, problems);
        Integer version = f.integer(root, null, "formatVersion");
        List<RequestDocument> requests = new ArrayList<>();
        for (JsonNode n : f.array(root, "requests", true)) {
            String id = f.id(n, "requests", requests.size(), "id");
            requests.add(new RequestDocument(
                    id,
                    f.text(n, id, "state"),
                    f.text(n, id, "region"),
                    f.text(n, id, "area"),
                    f.text(n, id, "type"),
                    f.amount(n, id, "amountUsd"),
                    f.bool(n, id, "divisible"),
                    f.integer(n, id, "priority"),
                    f.text(n, id, "start"),
                    f.text(n, id, "end")));
        }
        List<OfferDocument> offers = new ArrayList<>();
        for (JsonNode n : f.array(root, "offers", true)) {
            String id = f.id(n, "offers", offers.size(), "id");
            offers.add(new OfferDocument(
                    id,
                    f.text(n, id, "donor"),
                    f.texts(n, id, "areas"),
                    f.texts(n, id, "types"),
                    f.amount(n, id, "capacityUsd"),
                    f.texts(n, id, "regions"),
                    f.texts(n, id, "excludedStates"),
                    f.amount(n, id, "maxPerRequestUsd"),
                    f.text(n, id, "start"),
                    f.text(n, id, "end")));
        }
        List<CommitmentDocument> commitments = new ArrayList<>();
        for (JsonNode n : f.array(root, "commitments", false)) {
            String id = "commitments[" + commitments.size() + "]";
            commitments.add(new CommitmentDocument(
                    f.text(n, id, "requestId"), f.text(n, id, "offerId"), f.amount(n, id, "amountUsd")));
        }
        List<RejectionDocument> rejections = new ArrayList<>();
        for (JsonNode n : f.array(root, "rejections", false)) {
            String id = "rejections[" + rejections.size() + "]";
            rejections.add(new RejectionDocument(f.text(n, id, "requestId"), f.text(n, id, "offerId")));
        }
        ProblemDocument doc = new ProblemDocument(version, requests, offers, commitments, rejections);
        // semantic checks; a field already reported for its JSON type is not reported again as missing
        Set<String> reported = new HashSet<>();
        for (ValidationProblem p : problems) {
            reported.add(p.id() + "/" + p.field());
        }
        for (ValidationProblem p : ProblemValidator.validate(doc, source)) {
            if (!reported.contains(p.id() + "/" + p.field())) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProblemException(problems);
        }
        return doc;
    }

    /** The document's root, which must be well-formed JSON and an object; otherwise the one problem why not. */
    private static JsonNode readObject(InputStream in, String source) throws InvalidProblemException, IOException {
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
        return root;
    }

    /**
     * Reads the matches of a proposal file ({@code {"matches": [{"requestId", "offerId", "amountUsd"}...]}}), e.g.
     * those the secretariat accepted, to pin them in a re-run. Check them with {@link ProblemValidator#validatePinned}.
     */
    public static List<MatchDocument> readMatches(Path file) throws InvalidProblemException, IOException {
        String source = file.getFileName().toString();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = readObject(in, source);
        }
        List<ValidationProblem> problems = new ArrayList<>();
        Fields f = new Fields(source, problems);
        List<MatchDocument> matches = new ArrayList<>();
        int i = 0;
        for (JsonNode n : f.array(root, "matches", true)) {
            String id = "matches[" + i++ + "]";
            String requestId = f.text(n, id, "requestId");
            String offerId = f.text(n, id, "offerId");
            Long amount = f.amount(n, id, "amountUsd");
            if (requestId == null || offerId == null || amount == null) {
                if (problems.isEmpty()
                        || !problems.get(problems.size() - 1).id().equals(id)) {
                    problems.add(new ValidationProblem(source, id, null, "needs requestId, offerId and amountUsd"));
                }
                continue;
            }
            matches.add(new MatchDocument(requestId, offerId, amount));
        }
        if (!problems.isEmpty()) {
            throw new InvalidProblemException(problems);
        }
        return matches;
    }

    /** Typed access to fields, recording a problem for each wrong JSON type. */
    private record Fields(String source, List<ValidationProblem> problems) {

        private void wrong(String id, String field, String expected) {
            problems.add(new ValidationProblem(source, id, field, "must be " + expected));
        }

        Iterable<JsonNode> array(JsonNode root, String field, boolean required) {
            JsonNode n = root.get(field);
            if (n == null || n.isNull()) {
                if (required) {
                    problems.add(new ValidationProblem(source, null, field, "missing"));
                }
                return List.of();
            }
            if (!n.isArray()) {
                wrong(null, field, "an array");
                return List.of();
            }
            List<JsonNode> objects = new ArrayList<>();
            Iterator<JsonNode> it = n.elements();
            int i = 0;
            while (it.hasNext()) {
                JsonNode e = it.next();
                if (e.isObject()) {
                    objects.add(e);
                } else {
                    problems.add(new ValidationProblem(source, field + "[" + i + "]", null, "must be a JSON object"));
                }
                i++;
            }
            return objects;
        }

        String id(JsonNode n, String section, int position, String field) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
            return section + "[" + position + "]";
        }

        String text(JsonNode n, String id, String field) {
            return value(n, id, field, JsonNode::isTextual, "a string", JsonNode::asText);
        }

        List<String> texts(JsonNode n, String id, String field) {
            return value(n, id, field, v -> v.isArray() && allTextual(v), "an array of strings", v -> {
                List<String> list = new ArrayList<>();
                v.forEach(e -> list.add(e.asText()));
                return list;
            });
        }

        private static boolean allTextual(JsonNode array) {
            for (JsonNode e : array) {
                if (!e.isTextual()) {
                    return false;
                }
            }
            return true;
        }

        Long amount(JsonNode n, String id, String field) {
            return value(
                    n,
                    id,
                    field,
                    v -> v.isIntegralNumber() && v.canConvertToLong(),
                    "a whole number of USD",
                    JsonNode::asLong);
        }

        Integer integer(JsonNode n, String id, String field) {
            return value(
                    n, id, field, v -> v.isIntegralNumber() && v.canConvertToInt(), "a whole number", JsonNode::asInt);
        }

        Boolean bool(JsonNode n, String id, String field) {
            return value(n, id, field, JsonNode::isBoolean, "true or false", JsonNode::asBoolean);
        }

        /**
         * The field of {@code n} read by {@code read}; null when it is absent or JSON null, and null with a problem
         * ("must be {@code expected}") when it is not {@code valid}.
         */
        private <T> T value(
                JsonNode n,
                String id,
                String field,
                Predicate<JsonNode> valid,
                String expected,
                Function<JsonNode, T> read) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!valid.test(v)) {
                wrong(id, field, expected);
                return null;
            }
            return read.apply(v);
        }
    }
}
