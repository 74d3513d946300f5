package org.clearinghouse.matching.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reading a document of an exchange format (the matching engine's and any other engine's): the root object, and
 * typed access to its fields that records a problem for each wrong JSON type and reads the field as missing.
 */
public final class JsonFields {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String source;
    private final List<ValidationProblem> problems;

    /** Fields of the document {@code source}; their problems are added to {@code problems}. */
    public JsonFields(String source, List<ValidationProblem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** The document's root, which must be well-formed JSON and an object; otherwise the one problem why not. */
    public static JsonNode readObject(InputStream in, String source) throws InvalidProblemException, IOException {
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
     * The problems of the JSON types followed by the semantic ones, less those of a field already reported for its
     * JSON type (it is not reported again as missing).
     */
    public static List<ValidationProblem> withSemanticProblems(
            List<ValidationProblem> typeProblems, List<ValidationProblem> semanticProblems) {
        List<ValidationProblem> all = new ArrayList<>(typeProblems);
        Set<String> reported = new HashSet<>();
        for (ValidationProblem p : typeProblems) {
            reported.add(p.id() + "/" + p.field());
        }
        for (ValidationProblem p : semanticProblems) {
            if (!reported.contains(p.id() + "/" + p.field())) {
                all.add(p);
            }
        }
        return all;
    }

    /** Throws the problems, if there are any. */
    public static void throwIfAny(List<ValidationProblem> problems) throws InvalidProblemException {
        if (!problems.isEmpty()) {
            throw new InvalidProblemException(problems);
        }
    }

    /** Records a problem of the document (e.g. of a field this class has no typed access for). */
    public void problem(String id, String field, String message) {
        problems.add(new ValidationProblem(source, id, field, message));
    }

    private void wrong(String id, String field, String expected) {
        problems.add(new ValidationProblem(source, id, field, "must be " + expected));
    }

    public Iterable<JsonNode> array(JsonNode root, String field, boolean required) {
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

    public String id(JsonNode n, String section, int position, String field) {
        JsonNode v = n.get(field);
        if (v != null && v.isTextual() && !v.asText().isBlank()) {
            return v.asText();
        }
        return section + "[" + position + "]";
    }

    public String text(JsonNode n, String id, String field) {
        return value(n, id, field, JsonNode::isTextual, "a string", JsonNode::asText);
    }

    public List<String> texts(JsonNode n, String id, String field) {
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

    public Long amount(JsonNode n, String id, String field) {
        return value(
                n,
                id,
                field,
                v -> v.isIntegralNumber() && v.canConvertToLong(),
                "a whole number of USD",
                JsonNode::asLong);
    }

    public Integer integer(JsonNode n, String id, String field) {
        return value(n, id, field, v -> v.isIntegralNumber() && v.canConvertToInt(), "a whole number", JsonNode::asInt);
    }

    public Boolean bool(JsonNode n, String id, String field) {
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
