package org.clearinghouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearinghouse.platform.rest.ErrorResponse;
import org.clearinghouse.shared.errors.FieldError;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document keeps the rules that make it lint clean and useful: every operation is named
 * ({@code operationId}, unique, camelCase) and summarised, states who may call it (a security requirement, or an
 * explicitly empty one for public operations), and lists the problems it answers as {@code application/problem+json}
 * in the shape of {@link Problem}. The security it states is checked against what the server does for an anonymous
 * caller, and the reference page that shows the document is served with everything it loads.
 */
class OpenApiIT {

    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");

    private static JsonNode document;

    @BeforeAll
    static void readTheServedDocument() {
        ApiResponse served = ApiClient.anonymous().get("/openapi?format=JSON");
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        document = served.json();
    }

    /** An operation of the document: its method and path, and the operation object. */
    record Op(String method, String path, JsonNode node) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private static List<Op> operations() {
        List<Op> operations = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(entry -> {
                    if (METHODS.contains(entry.getKey())) {
                        operations.add(new Op(entry.getKey(), path.getKey(), entry.getValue()));
                    }
                }));
        assertThat(operations).as("operations in the document").hasSizeGreaterThan(50);
        return operations;
    }

    @Test
    void everyOperationHasAUniqueCamelCaseOperationIdAndASummary() {
        List<String> problems = new ArrayList<>();
        Map<String, Op> byId = new HashMap<>();
        for (Op op : operations()) {
            String id = op.node().path("operationId").asText("");
            if (!CAMEL_CASE.matcher(id).matches()) {
                problems.add(op + ": operationId '" + id + "' is missing or not camelCase");
            } else if (byId.containsKey(id)) {
                problems.add(op + ": operationId '" + id + "' is also that of " + byId.get(id));
            }
            byId.putIfAbsent(id, op);
            if (op.node().path("summary").asText("").isBlank()) {
                problems.add(op + ": no summary");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyOperationStatesItsSecurityWithDeclaredSchemes() {
        Set<String> schemes = names(document.path("components").path("securitySchemes"));
        assertThat(schemes).as("security schemes").contains("basicAuth", "sessionCookie");
        List<String> problems = new ArrayList<>();
        for (Op op : operations()) {
            JsonNode security = op.node().get("security");
            if (security == null || !security.isArray()) {
                problems.add(op + ": no security requirement (public operations state an empty one)");
                continue;
            }
            for (JsonNode requirement : security) {
                for (String scheme : names(requirement)) {
                    if (!schemes.contains(scheme)) {
                        problems.add(op + ": security scheme '" + scheme + "' is not declared");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * What the document says about security is what the server does: an operation that admits anonymous callers
     * ({@code security: []}, or an empty requirement among its alternatives) serves one; any other refuses one with
     * 401 as a problem. Checked on every GET whose path names no resource (safe, and needs no data).
     */
    @Test
    void theStatedSecurityIsWhatTheServerDoesForAnAnonymousCaller() {
        List<String> problems = new ArrayList<>();
        for (Op op : operations()) {
            if (!op.method().equals("get") || op.path().contains("{")) {
                continue;
            }
            ApiResponse response = ApiClient.anonymous().getAccepting(op.path(), "*/*");
            boolean refused = response.status() == 401 && response.contentType().startsWith(ErrorResponse.MEDIA_TYPE);
            if (admitsAnonymous(op) == refused) {
                problems.add(op
                        + (refused
                                ? " is stated public but refused an anonymous caller: "
                                : " is stated signed-in only but served an anonymous caller: ")
                        + response.status());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyOperationListsItsProblemsAsProblemJson() {
        List<String> problems = new ArrayList<>();
        for (Op op : operations()) {
            int listed = 0;
            Iterator<Map.Entry<String, JsonNode>> responses =
                    op.node().path("responses").properties().iterator();
            while (responses.hasNext()) {
                Map.Entry<String, JsonNode> response = responses.next();
                if (!response.getKey().startsWith("4")) {
                    continue;
                }
                listed++;
                JsonNode resolved = resolve(response.getValue());
                if (resolved == null) {
                    problems.add(op + " " + response.getKey() + ": " + response.getValue() + " does not resolve");
                } else if (!"#/components/schemas/Problem"
                        .equals(resolved.path("content")
                                .path(ErrorResponse.MEDIA_TYPE)
                                .path("schema")
                                .path("$ref")
                                .asText())) {
                    problems.add(op + " " + response.getKey() + ": not " + ErrorResponse.MEDIA_TYPE
                            + " with the ErrorResponse schema");
                }
            }
            if (listed == 0) {
                problems.add(op + ": lists no 4xx problem response");
            }
            if (op.node().has("x-problems")) {
                problems.add(op + ": x-problems was not turned into responses");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The extension that names an operation's problems is turned into responses everywhere, never served. */
    @Test
    void noProblemsExtensionIsLeftAnywhere() {
        assertThat(document.toString()).doesNotContain("x-problems");
    }

    /** The documented problem body is the one the API writes: {@link Problem} and its field errors. */
    @Test
    void theProblemSchemaDescribesTheProblemRecord() {
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(names(schemas.path("Problem").path("properties"))).isEqualTo(componentNames(ErrorResponse.class));
        assertThat(schemas.path("Problem")
                        .path("properties")
                        .path("errors")
                        .path("items")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/FieldError");
        assertThat(names(schemas.path("FieldError").path("properties"))).isEqualTo(componentNames(FieldError.class));
    }

    @Test
    void theReferencePageIsServedWithEverythingItLoads() {
        ApiResponse page = ApiClient.anonymous().getAccepting("/api-docs/", "text/html");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("id=\"swagger-ui\"");

        Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        List<String> loaded = new ArrayList<>();
        while (assets.find()) {
            String asset = assets.group(1);
            assertThat(asset).as("the page loads nothing from other sites").doesNotContain("//");
            String path = java.net.URI.create("/api-docs/").resolve(asset).toString();
            ApiResponse answer = ApiClient.anonymous().getAccepting(path, "*/*");
            assertThat(answer.status()).as(path).isEqualTo(200);
            loaded.add(path);
            if (path.endsWith("reference.js")) {
                assertThat(answer.body())
                        .as("the page shows the served document")
                        .contains("/openapi");
            }
        }
        assertThat(loaded).anyMatch(p -> p.endsWith("swagger-ui-bundle.js")).anyMatch(p -> p.endsWith("reference.js"));
    }

    private static boolean admitsAnonymous(Op op) {
        JsonNode security = op.node().path("security");
        if (security.isArray() && security.isEmpty()) {
            return true;
        }
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** A response object, or the one under components.responses that it refers to; null when it refers to none. */
    private static JsonNode resolve(JsonNode response) {
        String ref = response.path("$ref").asText("");
        if (ref.isEmpty()) {
            return response;
        }
        String prefix = "#/components/responses/";
        JsonNode target = ref.startsWith(prefix)
                ? document.path("components").path("responses").get(ref.substring(prefix.length()))
                : null;
        return target;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> componentNames(Class<? extends Record> type) {
        return new TreeSet<>(
                Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList());
    }
}
