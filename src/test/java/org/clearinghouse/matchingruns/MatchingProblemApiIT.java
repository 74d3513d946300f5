package org.clearinghouse.matchingruns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;

/** Export of the open problem and all-or-nothing import, over HTTP. */
class MatchingProblemApiIT {

    private final ApiClient secretariat = ApiClient.as("secretariat");

    private static final String GOOD = """
            {"formatVersion": 1,
             "requests": [
               {"id": "X-1", "state": "TCD", "region": "AFRICA", "area": "GENDER", "type": "TRAINING",
                "amountUsd": 45000, "divisible": true, "priority": 3, "start": "2027-02", "end": "2027-09"},
               {"id": "X-2", "state": "TCD", "region": "AFRICA", "area": "GENDER", "type": "TRAINING",
                "amountUsd": 30000, "divisible": false, "priority": 4, "start": "2027-02", "end": "2027-09"}],
             "offers": [
               {"id": "Y-1", "donor": "UNDP", "areas": ["GENDER"], "types": ["TRAINING"], "capacityUsd": 60000,
                "regions": [], "excludedStates": [], "maxPerRequestUsd": null, "start": "2027-01", "end": "2027-12"}],
             "commitments": [{"requestId": "X-1", "offerId": "Y-1", "amountUsd": 5000}],
             "rejections": [{"requestId": "X-2", "offerId": "Y-1"}]}
            """;

    @Test
    void exportsTheOpenProblemInTheExchangeFormat() {
        ApiResponse response = secretariat.get("/api/v1/matching/problem");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode problem = response.json();
        assertThat(problem.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(problem.path("requests")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.path("id").asText()).startsWith("R-");
            assertThat(r.path("priority").asInt()).isBetween(1, 5);
        });
        assertThat(problem.path("offers"))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.path("id").asText()).startsWith("O-"));
        assertThat(problem.path("commitments")).isNotEmpty();
        assertThat(problem.path("rejections")).isNotEmpty();
    }

    @Test
    void importsAWholeProblem() {
        int before = secretariat
                .get("/api/v1/matching/problem")
                .json()
                .path("requests")
                .size();

        ApiResponse imported = secretariat.postRaw("/api/v1/matching/problem", "application/json", GOOD);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().path("requests").asInt()).isEqualTo(2);
        assertThat(imported.json().path("commitments").asInt()).isEqualTo(1);
        JsonNode after = secretariat.get("/api/v1/matching/problem").json();
        assertThat(after.path("requests").size()).isEqualTo(before + 2);
        String newId = imported.json().path("ids").path("X-1").asText();
        assertThat(after.path("commitments").toString()).contains(newId);
    }

    @Test
    void aProblemWithOneBadRowImportsNothingAndNamesEveryProblem() {
        JsonNode before = secretariat.get("/api/v1/matching/problem").json();
        String bad = GOOD.replace("\"amountUsd\": 30000", "\"amountUsd\": -30000")
                .replace("\"donor\": \"UNDP\"", "\"donor\": \"NOBODY\"");

        ApiResponse response = secretariat.postRaw("/api/v1/matching/problem", "application/json", bad);

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.body()).contains("X-2", "amountUsd");
        JsonNode after = secretariat.get("/api/v1/matching/problem").json();
        assertThat(after.path("requests").size())
                .isEqualTo(before.path("requests").size());
        assertThat(after.path("offers").size()).isEqualTo(before.path("offers").size());
    }

    @Test
    void anUnknownDonorInAnOtherwiseValidFileImportsNothing() {
        JsonNode before = secretariat.get("/api/v1/matching/problem").json();

        ApiResponse response = secretariat.postRaw(
                "/api/v1/matching/problem",
                "application/json",
                GOOD.replace("\"donor\": \"UNDP\"", "\"donor\": \"NOBODY\""));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.body()).contains("Y-1.donor");
        assertThat(secretariat
                        .get("/api/v1/matching/problem")
                        .json()
                        .path("requests")
                        .size())
                .isEqualTo(before.path("requests").size());
    }

    @Test
    void malformedJsonIsReportedWithItsPosition() {
        ApiResponse response = secretariat.postRaw("/api/v1/matching/problem", "application/json", "{\"requests\": [");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.body()).contains("line");
    }

    /**
     * Issue 14 §5: an offer whose ceiling per request is above its capacity answered 500 with the validator's raw
     * text. The command line solves such a file (the capacity binds first), so the import takes it too, with the
     * ceiling clipped to the capacity.
     */
    @Test
    void aCeilingAboveTheCapacityIsClippedToTheCapacity() {
        String file = GOOD.replace("\"maxPerRequestUsd\": null", "\"maxPerRequestUsd\": 90000");

        ApiResponse imported = secretariat.postRaw("/api/v1/matching/problem", "application/json", file);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String offerId = imported.json().path("ids").path("Y-1").asText();
        JsonNode offer = null;
        for (JsonNode o : secretariat.get("/api/v1/matching/problem").json().path("offers")) {
            if (o.path("id").asText().equals(offerId)) {
                offer = o;
            }
        }
        assertThat(offer).as("offer " + offerId + " in the exported problem").isNotNull();
        assertThat(offer.path("capacityUsd").asLong()).isEqualTo(60000);
        assertThat(offer.path("maxPerRequestUsd").asLong()).isEqualTo(60000);
    }

    /** No answer carries an exception's text or a Java class name, whatever broke. */
    @Test
    void refusalsCarryNoExceptionText() {
        for (String body : new String[] {
            "{\"requests\": [", "[1,2,3]", "{\"formatVersion\": \"x\"}", "\"text\"", "{\"requests\": {\"a\": 1}}"
        }) {
            ApiResponse response = secretariat.postRaw("/api/v1/matching/problem", "application/json", body);
            assertThat(response.status()).as(body + " -> " + response).isBetween(400, 499);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body())
                    .as(body)
                    .doesNotContain("Exception", "java.", "jakarta.", "com.fasterxml", "org.clearinghouse", "\tat ");
        }
    }
}
