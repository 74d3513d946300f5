package org.clearinghouse.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearinghouse.testsupport.Payloads.offer;
import static org.clearinghouse.testsupport.Payloads.request;
import static org.clearinghouse.testsupport.Payloads.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Role × endpoint: every caller (anonymous, each role, own vs. other State or donor) against every endpoint, with
 * the status it must get. Each case prepares its own fresh data as the secretariat or the owner.
 */
class AuthorizationMatrixIT {

    private static final List<String> CALLERS = List.of(
            "anonymous",
            "admin",
            "secretariat",
            "recipient.NER",
            "recipient.MLI",
            "donor.DEU",
            "donor.JPN",
            "donor.EU");

    /**
     * An endpoint: how to call it as a given client, and the expected status per caller, a row of the table ("401
     * 200 ...", in the order of CALLERS).
     */
    record Case(String endpoint, Function<ApiClient, ApiResponse> call, String expected) {

        Case {
            if (expected.split(" ").length != CALLERS.size()) {
                throw new IllegalArgumentException(endpoint + ": one status per caller, " + CALLERS.size());
            }
        }

        int expectedFor(int caller) {
            return Integer.parseInt(expected.split(" ")[caller]);
        }
    }

    static Stream<Arguments> matrix() {
        List<Case> cases = List.of(
                new Case("GET /states", c -> c.get("/api/v1/states"), "200 200 200 200 200 200 200 200"),
                new Case("GET /organisations", c -> c.get("/api/v1/organisations"), "200 200 200 200 200 200 200 200"),
                new Case("GET /requests", c -> c.get("/api/v1/requests"), "401 200 200 200 200 200 200 200"),
                new Case(
                        "GET /requests/{NER draft}",
                        c -> c.get("/api/v1/requests/" + nigerDraft().path("id").asLong()),
                        "401 200 200 200 403 403 403 403"),
                new Case(
                        "POST /requests for NER",
                        c -> c.post("/api/v1/requests", request("NER")),
                        "401 403 201 201 403 403 403 403"),
                new Case(
                        "PUT /requests/{NER draft}",
                        c -> {
                            JsonNode draft = nigerDraft();
                            return c.put(
                                    "/api/v1/requests/" + draft.path("id").asLong(),
                                    with(
                                            request("NER"),
                                            "version",
                                            draft.path("version").asLong()));
                        },
                        "401 403 200 200 403 403 403 403"),
                new Case(
                        "POST /requests/{NER submitted}/validate",
                        c -> {
                            long id = nigerDraft().path("id").asLong();
                            ApiClient.as("recipient.NER").post("/api/v1/requests/" + id + "/submit", Map.of());
                            return c.post("/api/v1/requests/" + id + "/validate", Map.of());
                        },
                        "401 403 200 403 403 403 403 403"),
                new Case(
                        "POST /requests/{NER draft}/withdraw",
                        c -> c.post(
                                "/api/v1/requests/" + nigerDraft().path("id").asLong() + "/withdraw", Map.of()),
                        "401 403 200 200 403 403 403 403"),
                new Case("GET /offers", c -> c.get("/api/v1/offers"), "401 200 200 200 200 200 200 200"),
                new Case(
                        "GET /offers/{DEU draft}",
                        c -> c.get("/api/v1/offers/" + germanDraft().path("id").asLong()),
                        "401 200 200 403 403 200 403 403"),
                new Case(
                        "POST /offers for DEU",
                        c -> c.post("/api/v1/offers", offer("DEU")),
                        "401 403 201 403 403 201 403 403"),
                new Case(
                        "PUT /offers/{DEU draft}",
                        c -> {
                            JsonNode draft = germanDraft();
                            return c.put(
                                    "/api/v1/offers/" + draft.path("id").asLong(),
                                    with(
                                            offer("DEU"),
                                            "version",
                                            draft.path("version").asLong()));
                        },
                        "401 403 200 403 403 200 403 403"),
                new Case(
                        "POST /offers/{DEU draft}/open",
                        c -> c.post("/api/v1/offers/" + germanDraft().path("id").asLong() + "/open", Map.of()),
                        "401 403 200 403 403 200 403 403"),
                new Case(
                        "GET /matching/problem",
                        c -> c.get("/api/v1/matching/problem"),
                        "401 403 200 403 403 403 403 403"),
                new Case("GET /duplicates", c -> c.get("/api/v1/duplicates"), "401 200 200 403 403 403 403 403"),
                new Case(
                        "GET /states/MLI/complementarities",
                        c -> c.get("/api/v1/states/MLI/complementarities"),
                        "401 200 200 403 403 403 403 403"),
                // issue 12: personal API tokens (each caller its own) and the audit log (administrators)
                new Case("GET /me/tokens", c -> c.get("/api/v1/me/tokens"), "401 200 200 200 200 200 200 200"),
                new Case(
                        "POST /me/tokens",
                        c -> {
                            ApiResponse made = c.post("/api/v1/me/tokens", Map.of("name", "matrix"));
                            if (made.status() == 201) {
                                c.delete("/api/v1/me/tokens/"
                                        + made.json().path("id").asLong());
                            }
                            return made;
                        },
                        "401 201 201 201 201 201 201 201"),
                new Case(
                        "DELETE /me/tokens/{own}",
                        c -> {
                            ApiResponse made = c.post("/api/v1/me/tokens", Map.of("name", "matrix"));
                            long id = made.status() == 201
                                    ? made.json().path("id").asLong()
                                    : 1;
                            return c.delete("/api/v1/me/tokens/" + id);
                        },
                        "401 200 200 200 200 200 200 200"),
                new Case(
                        "DELETE /me/tokens/{donor.DEU's}",
                        c -> {
                            ApiClient owner = ApiClient.as("donor.DEU");
                            ApiResponse made = owner.post("/api/v1/me/tokens", Map.of("name", "matrix"));
                            long id = made.json().path("id").asLong();
                            ApiResponse answer = c.delete("/api/v1/me/tokens/" + id);
                            owner.delete("/api/v1/me/tokens/" + id);
                            return answer;
                        },
                        "401 404 404 404 404 200 404 404"),
                new Case("GET /audit", c -> c.get("/api/v1/audit"), "401 200 403 403 403 403 403 403"),
                new Case(
                        "GET /audit/export",
                        c -> c.getAccepting("/api/v1/audit/export", "text/csv"),
                        "401 200 403 403 403 403 403 403"));
        return cases.stream()
                .flatMap(c -> java.util.stream.IntStream.range(0, CALLERS.size())
                        .mapToObj(i -> Arguments.of(c.endpoint(), CALLERS.get(i), c.expectedFor(i), c.call())));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void answersEachCallerAsItMay(String endpoint, String caller, int expected, Function<ApiClient, ApiResponse> call) {
        ApiClient client = caller.equals("anonymous") ? ApiClient.anonymous() : ApiClient.as(caller);

        ApiResponse response = call.apply(client);

        assertThat(response.status())
                .as(endpoint + " as " + caller + ": " + response)
                .isEqualTo(expected);
        if (expected == 401) {
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        }
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest(name = "wrong password for {0}")
    @MethodSource("users")
    void aWrongPasswordIsUnauthorized(String user) {
        ApiResponse response = ApiClient.as(user, "not-the-password").get("/api/v1/requests");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static Stream<String> users() {
        return CALLERS.stream().skip(1);
    }

    private static JsonNode nigerDraft() {
        ApiResponse created = ApiClient.as("recipient.NER").post("/api/v1/requests", request("NER"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static JsonNode germanDraft() {
        ApiResponse created = ApiClient.as("donor.DEU").post("/api/v1/offers", offer("DEU"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }
}
