package org.clearinghouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.MatchingRuns;
import org.clearinghouse.testsupport.Payloads;

/**
 * Issue 12 §6: generated hostile bodies and parameters (huge, negative and not-a-number values, deep nesting, wrong
 * types, control characters and unpaired surrogates, overlong strings, huge lists, missing and extra fields) sent
 * over HTTP to the main write endpoints. Whatever comes in: never a 5xx, every refusal a problem
 * ({@code application/problem+json}) without an exception's text, and nothing written when refused (the records
 * are counted through the API before and after). Prints {@code [hostile]} lines: inputs sent and answers by status.
 */
class HostileInputIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Map<String, AtomicInteger> STATUSES = new ConcurrentHashMap<>();
    private static final AtomicInteger SENT = new AtomicInteger();

    private static final String SECRETARIAT = basic("secretariat");
    private static final String RECIPIENT = basic("recipient.NER");
    private static final String DONOR = basic("donor.DEU");
    private static final String ADMIN = basic("admin");

    private static long proposalId;
    private static long validatedRequestId;

    @BeforeContainer
    static void findRecords() {
        ApiClient secretariat = ApiClient.as("secretariat");
        JsonNode proposals = secretariat.get("/api/v1/proposals?size=1").json().path("items");
        if (proposals.isEmpty()) {
            MatchingRuns.proposals(MatchingRuns.run(3));
            proposals = secretariat.get("/api/v1/proposals?size=1").json().path("items");
        }
        proposalId = proposals.get(0).path("id").asLong();
        validatedRequestId = ApiClient.as("donor.DEU")
                .get("/api/v1/requests?status=VALIDATED&size=1")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
    }

    @AfterContainer
    static void printFigures() {
        System.out.println("[hostile] database=" + System.getProperty("it.database", "?") + " inputs sent=" + SENT.get()
                + " answers by status=" + new TreeMap<>(Map.copyOf(STATUSES)));
    }

    @Property(tries = 220, shrinking = ShrinkingMode.OFF)
    void requests(@ForAll("requestBodies") String body) {
        refusedCleanly(
                "POST /requests",
                RECIPIENT,
                "POST",
                "/api/v1/requests",
                "application/json",
                body,
                HostileInputIT::requests);
    }

    @Property(tries = 220, shrinking = ShrinkingMode.OFF)
    void offers(@ForAll("offerBodies") String body) {
        refusedCleanly(
                "POST /offers", DONOR, "POST", "/api/v1/offers", "application/json", body, HostileInputIT::offers);
    }

    @Property(tries = 130, shrinking = ShrinkingMode.OFF)
    void proposalDecisions(@ForAll("decisionBodies") String body, @ForAll("ids") String id, @ForAll boolean hostileId) {
        String path = "/api/v1/proposals/" + (hostileId ? id : String.valueOf(proposalId)) + "/decisions";
        refusedCleanly(
                "POST /proposals/{id}/decisions",
                SECRETARIAT,
                "POST",
                path,
                "application/json",
                body,
                HostileInputIT::decisions);
    }

    @Property(tries = 130, shrinking = ShrinkingMode.OFF)
    void dialogueMessages(@ForAll("messageBodies") String body, @ForAll("ids") String id, @ForAll boolean onProposal) {
        String path = onProposal
                ? "/api/v1/proposals/" + proposalId + "/messages"
                : "/api/v1/requests/" + (body.length() % 3 == 0 ? id : String.valueOf(validatedRequestId))
                        + "/messages";
        refusedCleanly(
                "POST messages",
                onProposal ? SECRETARIAT : DONOR,
                "POST",
                path,
                "application/json",
                body,
                () -> messages(validatedRequestId) + proposalMessages(proposalId));
    }

    @Property(tries = 100, shrinking = ShrinkingMode.OFF)
    void accounts(@ForAll("accountBodies") String body) {
        refusedCleanly(
                "POST /accounts",
                ADMIN,
                "POST",
                "/api/v1/accounts",
                "application/json",
                body,
                HostileInputIT::accounts);
    }

    @Property(tries = 120, shrinking = ShrinkingMode.OFF)
    void requestImports(@ForAll("csvFiles") String csv, @ForAll boolean asXlsxType) {
        refusedCleanly(
                "POST /imports/requests",
                SECRETARIAT,
                "POST",
                "/api/v1/imports/requests",
                asXlsxType ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv",
                csv,
                HostileInputIT::requests);
    }

    @Property(tries = 100, shrinking = ShrinkingMode.OFF)
    void problemImports(@ForAll("problemBodies") String body) {
        refusedCleanly(
                "POST /matching/problem",
                SECRETARIAT,
                "POST",
                "/api/v1/matching/problem",
                "application/json",
                body,
                () -> requests() + offers());
    }

    @Provide
    Arbitrary<String> requestBodies() {
        return HostileInputs.body(Payloads.request("NER"));
    }

    @Provide
    Arbitrary<String> offerBodies() {
        return HostileInputs.body(Payloads.offer("DEU"));
    }

    @Provide
    Arbitrary<String> decisionBodies() {
        return HostileInputs.body(
                new java.util.LinkedHashMap<>(Map.of("action", "REJECT", "reason", "r", "version", 0)));
    }

    @Provide
    Arbitrary<String> messageBodies() {
        return HostileInputs.body(new java.util.LinkedHashMap<>(Map.of("text", "A question", "donor", "DEU")));
    }

    @Provide
    Arbitrary<String> accountBodies() {
        Map<String, Object> account = new java.util.LinkedHashMap<>();
        account.put("username", "hostile.recipient.TCD");
        account.put("password", "short");
        account.put("role", "RECIPIENT");
        account.put("boundTo", "TCD");
        account.put("fullName", "Focal point");
        account.put("preferredLocale", "fr");
        return HostileInputs.body(account);
    }

    @Provide
    Arbitrary<String> problemBodies() {
        Map<String, Object> offer = new java.util.LinkedHashMap<>(Map.of(
                "id",
                "Y-1",
                "donor",
                "UNDP",
                "areas",
                java.util.List.of("GENDER"),
                "types",
                java.util.List.of("TRAINING"),
                "capacityUsd",
                60000,
                "start",
                "2027-01",
                "end",
                "2027-12"));
        offer.put("maxPerRequestUsd", 90000);
        Map<String, Object> request = new java.util.LinkedHashMap<>(Map.of(
                "id",
                "X-1",
                "state",
                "TCD",
                "region",
                "AFRICA",
                "area",
                "GENDER",
                "type",
                "TRAINING",
                "amountUsd",
                45000,
                "divisible",
                true,
                "priority",
                3,
                "start",
                "2027-02",
                "end",
                "2027-09"));
        Arbitrary<String> hostileRequest = HostileInputs.body(request);
        Arbitrary<String> hostileOffer = HostileInputs.body(offer);
        return Arbitraries.oneOf(
                hostileRequest.map(r -> "{\"formatVersion\":1,\"requests\":[" + r + "],\"offers\":[]}"),
                hostileOffer.map(o -> "{\"formatVersion\":1,\"requests\":[],\"offers\":[" + o + "]}"),
                HostileInputs.body(new java.util.LinkedHashMap<>(
                        Map.of("formatVersion", 1, "requests", java.util.List.of(), "offers", java.util.List.of()))));
    }

    /** CSV files: the header, then rows of hostile cells; sometimes far too many rows, or no header at all. */
    @Provide
    Arbitrary<String> csvFiles() {
        String header = "title,description,state,area,type,amountUsd,divisible,priority,start,end";
        Arbitrary<String> cell = Arbitraries.oneOf(
                HostileInputs.numbers(),
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.of("\"", "\"\"\"", "=1+1", "NER", "GENDER", "TRAINING", "2027-01", "TRUE", ";", "\r"));
        Arbitrary<String> row = cell.list().ofMinSize(0).ofMaxSize(14).map(cells -> String.join(",", cells));
        Arbitrary<String> rows = row.list().ofMaxSize(30).map(list -> String.join("\n", list));
        Arbitrary<String> tooMany = Arbitraries.integers()
                .between(1001, 3000)
                .map(n -> header + "\n"
                        + "Marking,Two machines,NER,GENDER,TRAINING,1000,yes,1,2027-01,2027-02\n".repeat(n));
        return Arbitraries.oneOf(
                rows.map(r -> header + "\n" + r),
                rows,
                tooMany,
                Arbitraries.strings().all().ofMaxLength(500));
    }

    @Provide
    Arbitrary<String> ids() {
        return HostileInputs.id();
    }

    // --- sending and checking ---

    /**
     * Sends one input; a refusal must be a 4xx problem without exception text that wrote nothing, and no answer is a
     * 5xx.
     */
    private static void refusedCleanly(
            String endpoint,
            String authorization,
            String method,
            String path,
            String contentType,
            String body,
            LongSupplier count) {
        long before = count.getAsLong();
        HttpResponse<String> response = send(authorization, method, path, contentType, body);
        SENT.incrementAndGet();
        int status = response.statusCode();
        STATUSES.computeIfAbsent(String.valueOf(status), s -> new AtomicInteger())
                .incrementAndGet();
        String shown = endpoint + " " + path + " with " + abbreviated(body) + " -> " + status + " "
                + abbreviated(response.body());
        assertThat(status).as(shown).isLessThan(500);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(shown)
                    .startsWith("application/problem+json");
            assertThat(response.body())
                    .as(shown)
                    .doesNotContain(
                            "Exception", "java.lang", "jakarta.", "com.fasterxml", "org.clearinghouse", "RESTEASY");
            assertThat(count.getAsLong()).as("nothing written: " + shown).isEqualTo(before);
        }
    }

    private static HttpResponse<String> send(
            String authorization, String method, String path, String contentType, String body) {
        URI uri;
        try {
            uri = URI.create(ApiClient.baseUrl() + path);
        } catch (IllegalArgumentException notAUri) {
            uri = URI.create(ApiClient.baseUrl() + "/api/v1/proposals/%25/decisions");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", authorization)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + path + " with " + abbreviated(body), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long requests() {
        return total(SECRETARIAT, "/api/v1/requests?size=1");
    }

    private static long offers() {
        return total(SECRETARIAT, "/api/v1/offers?size=1");
    }

    private static long decisions() {
        return total(SECRETARIAT, "/api/v1/decisions?size=1");
    }

    private static long accounts() {
        return total(ADMIN, "/api/v1/accounts?size=1");
    }

    private static long messages(long requestId) {
        return total(DONOR, "/api/v1/requests/" + requestId + "/messages?size=1");
    }

    private static long proposalMessages(long id) {
        return total(SECRETARIAT, "/api/v1/proposals/" + id + "/messages?size=1");
    }

    private static long total(String authorization, String path) {
        HttpResponse<String> response = send(authorization, "GET", path, "application/json", "");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return ApiClient.parse(response.body()).path("total").asLong();
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviated(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " characters)";
    }
}
