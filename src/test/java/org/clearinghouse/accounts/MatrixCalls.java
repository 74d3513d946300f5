package org.clearinghouse.accounts;

import static org.clearinghouse.testsupport.Payloads.offer;
import static org.clearinghouse.testsupport.Payloads.request;
import static org.clearinghouse.testsupport.Payloads.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.clearinghouse.accounts.MatrixFixtures.Fixture;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.MatchingRuns;
import org.clearinghouse.testsupport.Spreadsheets;

/**
 * How the matrix calls an operation. By default: GET and DELETE as they are, POST and PUT with the JSON body of
 * {@link #BODIES} (an empty object when the operation has none there). {@link #SPECIAL} holds the calls that are more
 * than that (another Accept header, an upload, waiting for a run, cleaning up a token).
 */
final class MatrixCalls {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The JSON body of an operation, made for the fixture (a version is read just before the call). */
    private static final Map<String, BiFunction<Fixture, String, Object>> BODIES = new HashMap<>();

    /** Operations called another way than JSON in, JSON out. */
    private static final Map<String, Special> SPECIAL = new HashMap<>();

    interface Special {
        ApiResponse call(ApiClient client, Fixture fixture, String path);
    }

    static {
        BODIES.put("POST /api/v1/requests", (f, p) -> with(request("NER"), "title", "Matrix new " + f.kind()));
        BODIES.put(
                "PUT /api/v1/requests/{id}",
                (f, p) -> with(request("NER"), "title", "Matrix edited", "version", versionOf(p)));
        BODIES.put("POST /api/v1/requests/{id}/return", (f, p) -> Map.of("comment", "Please cost the training."));
        BODIES.put("POST /api/v1/requests/{id}/duplicates/{otherId}", (f, p) -> Map.of("decision", "DISTINCT"));
        BODIES.put("POST /api/v1/requests/{id}/messages", (f, p) -> Map.of("text", "Matrix question"));
        BODIES.put("PUT /api/v1/requests/{id}/messages/{messageId}", (f, p) -> Map.of("text", "Matrix corrected"));
        BODIES.put("POST /api/v1/offers", (f, p) -> with(offer("DEU"), "title", "Matrix new offer"));
        BODIES.put(
                "PUT /api/v1/offers/{id}",
                (f, p) -> with(offer("DEU"), "title", "Matrix edited offer", "version", versionOf(p)));
        BODIES.put("POST /api/v1/targets", (f, p) -> target("Matrix new target"));
        BODIES.put("PUT /api/v1/targets/{id}", (f, p) -> with(target("Matrix edited target"), "version", versionOf(p)));
        BODIES.put("POST /api/v1/matching/runs", (f, p) -> Map.of("timeLimitSeconds", 1));
        BODIES.put("POST /api/v1/proposals/{id}/decisions", (f, p) -> Map.of("action", "ENDORSE"));
        BODIES.put("POST /api/v1/proposals/{id}/messages", (f, p) -> Map.of("text", "Matrix note"));
        BODIES.put("PUT /api/v1/proposals/{id}/messages/{messageId}", (f, p) -> Map.of("text", "Matrix corrected"));
        BODIES.put("PUT /api/v1/commitments/{id}/progress", (f, p) -> progress(versionOf(p.replace("/progress", ""))));
        BODIES.put("POST /api/v1/external-commitments", (f, p) -> external("DEU", "Matrix new fund"));
        BODIES.put("POST /api/v1/external-commitments/{id}/dispute", (f, p) -> Map.of("reason", "Matrix: not ours"));
        BODIES.put("POST /api/v1/fellowship/calls", (f, p) -> fellowshipCall("Matrix new call"));
        BODIES.put("POST /api/v1/fellowship/calls/{callId}/nominations", (f, p) -> nomination("Matrix new nominee"));
        BODIES.put("POST /api/v1/fellowship/calls/{id}/funding", (f, p) -> Map.of("seats", 1));
        BODIES.put("POST /api/v1/fellowship/calls/{id}/selection", (f, p) -> Map.of("timeLimitSeconds", 1));
        BODIES.put("POST /api/v1/fellowship/calls/{id}/selection/confirm", (f, p) -> Map.of("timeLimitSeconds", 1));
        BODIES.put("PUT /api/v1/fellowship/calls/{callId}/attendance/{id}", (f, p) -> Map.of("status", "COMPLETED"));
        BODIES.put(
                "PUT /api/v1/fellowship/alumni/{id}/follow-ups/{months}",
                (f, p) -> Map.of("applied", "Matrix: trained ten colleagues"));
        BODIES.put("POST /api/v1/fellowship/calls/{callId}/nominations/{id}/pin", (f, p) -> Map.of("pin", "OUT"));
        BODIES.put(
                "POST /api/v1/fellowship/calls/{callId}/nominations/{id}/swap",
                (f, p) -> Map.of("withNominationId", Long.parseLong(f.ids().get("id"))));
        BODIES.put("POST /api/v1/fellowship/calls/{callId}/nominations/{id}/withdrawal", (f, p) -> Map.of());
        BODIES.put("POST /api/v1/accounts", (f, p) -> account());
        BODIES.put(
                "PUT /api/v1/accounts/{id}",
                (f, p) -> with(
                        account(),
                        "username",
                        null,
                        "password",
                        null,
                        "version",
                        f.ids().get("version")));
        BODIES.put("POST /api/v1/me/tokens", (f, p) -> Map.of("name", "matrix"));

        SPECIAL.put("GET /api/v1/exports/iati", (c, f, p) -> c.getAccepting(p, "application/xml"));
        SPECIAL.put("GET /api/v1/audit/export", (c, f, p) -> c.getAccepting(p, "text/csv"));
        SPECIAL.put("GET /api/v1/imports/requests/template.xlsx", (c, f, p) -> c.getAccepting(p, XLSX));
        SPECIAL.put("GET /api/v1/backup", (c, f, p) -> c.getAccepting(p, "application/zip"));
        SPECIAL.put("POST /api/v1/imports/requests", (c, f, p) -> c.postRaw(p, "text/csv", importCsv()));
        SPECIAL.put("POST /api/v1/matching/problem", (c, f, p) -> c.postRaw(p, "application/json", "{}"));
        SPECIAL.put("POST /api/v1/matching/runs", (c, f, p) -> {
            ApiResponse started = c.post(p, Map.of("timeLimitSeconds", 1));
            if (started.status() == 202) {
                MatchingRuns.finished(started.json()); // its end supersedes proposals: never in the middle of a row
            }
            return started;
        });
        SPECIAL.put("PUT /api/v1/subscriptions", (c, f, p) -> {
            ApiResponse current = c.get(p);
            Object body = current.status() == 200
                    ? current.json()
                    : Map.of("active", false, "areas", List.of(), "regions", List.of());
            return c.put(p, body); // puts back what the caller has: other tests' subscriptions stay
        });
        SPECIAL.put("POST /api/v1/me/tokens", (c, f, p) -> {
            ApiResponse made = c.post(p, Map.of("name", "matrix"));
            if (made.status() == 201) {
                c.delete(p + "/" + made.json().path("id").asLong());
            }
            return made;
        });
    }

    private MatrixCalls() {}

    static ApiResponse call(String operation, ApiClient client, Fixture fixture) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = fixture.path(operation.substring(operation.indexOf(' ') + 1));
        Special special = SPECIAL.get(operation);
        if (special != null) {
            return special.call(client, fixture, path);
        }
        BiFunction<Fixture, String, Object> body = BODIES.getOrDefault(operation, (f, p) -> Map.of());
        return switch (method) {
            case "GET" -> client.get(path);
            case "DELETE" -> client.delete(path);
            case "POST" -> client.post(path, body.apply(fixture, path));
            case "PUT" -> client.put(path, body.apply(fixture, path));
            default -> throw new IllegalArgumentException("no call for the method of " + operation);
        };
    }

    /** The record's current version as the secretariat reads it (none for an unknown record). */
    private static Object versionOf(String path) {
        ApiResponse current = MatrixFixtures.SECRETARIAT.get(path);
        if (current.status() != 200) {
            return 0L;
        }
        JsonNode json = current.json();
        return json.has("version")
                ? json.path("version").asLong()
                : json.path("target").path("version").asLong();
    }

    static Map<String, Object> target(String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", "NER");
        body.put("description", description);
        body.put("area", "MARKING_RECORD_KEEPING_TRACING");
        body.put("indicator", "SDG 16.4.2");
        body.put("baselineValue", 10);
        body.put("targetValue", 40);
        body.put("targetYear", 2030);
        return body;
    }

    static Map<String, Object> external(String donor, String mechanism) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", "NER");
        body.put("area", "STOCKPILE_MANAGEMENT");
        body.put("source", "BILATERAL");
        body.put("mechanismName", mechanism);
        body.put("amountUsd", 25_000);
        body.put("start", "2027-01");
        body.put("end", "2027-12");
        body.put("donor", donor);
        return body;
    }

    static Map<String, Object> fellowshipCall(String title) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("regions", List.of());
        body.put("hostState", "SEN");
        body.put("venue", "Dakar");
        body.put("start", today.plusDays(60).toString());
        body.put("end", today.plusDays(70).toString());
        body.put("seats", 4);
        body.put("seatCostUsd", 9_000);
        body.put("nominationDeadline", today.plusDays(30).toString());
        body.put("maxNominationsPerState", 3);
        return body;
    }

    static Map<String, Object> nomination(String familyName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", "Awa");
        body.put("familyName", familyName);
        body.put("gender", "FEMALE");
        body.put("position", "Inspector");
        body.put("agency", "National commission on small arms");
        body.put("yearsExperience", 6);
        body.put("motivation", "Runs the national stockpile audit");
        body.put("rank", 1);
        body.put("consentConfirmed", true);
        return body;
    }

    static Map<String, Object> account() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", "recipient.TCD.matrix." + MatrixFixtures.token());
        body.put("password", "a long passphrase");
        body.put("role", "RECIPIENT");
        body.put("boundTo", "TCD");
        body.put("fullName", "Matrix focal point of Chad");
        body.put("preferredLocale", "fr");
        return body;
    }

    private static Map<String, Object> progress(Object version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("disbursedUsd", 1_000);
        body.put("progressPercent", 10);
        body.put("plannedOutputs", "Matrix planned outputs");
        body.put("achievedOutputs", "Matrix achieved outputs");
        body.put("version", version);
        return body;
    }

    private static String importCsv() {
        return String.join(",", Spreadsheets.REQUEST_COLUMNS) + "\r\n"
                + "\"Matrix import\",\"Detection kits\",NER,BORDER_CONTROL,EQUIPMENT,64000,yes,2,2027-05,2028-04,,,no,1\r\n";
    }

    /** The version field of a JSON record, for fixtures that keep it. */
    static String version(JsonNode record) {
        return record.path("version").asText();
    }
}
