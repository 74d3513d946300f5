package org.clearinghouse.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.MatchingRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Funding through other mechanisms over HTTP: recording and listing with the object rules, and the solver counting
 * it. Two Tongan requests (new technologies, funding) with one generous offer only for them: one funded in full
 * elsewhere, one in part.
 */
class ExternalCommitmentsIT {

    private static final String PROBLEM = """
            {"formatVersion": 1,
             "requests": [
               {"id": "EXT-FULL", "state": "TON", "region": "OCEANIA", "area": "NEW_TECHNOLOGIES", "type": "FUNDING",
                "amountUsd": 100000, "divisible": true, "priority": 1, "start": "2027-02", "end": "2027-09"},
               {"id": "EXT-PART", "state": "TON", "region": "OCEANIA", "area": "NEW_TECHNOLOGIES", "type": "FUNDING",
                "amountUsd": 200000, "divisible": true, "priority": 1, "start": "2027-02", "end": "2027-09"}],
             "offers": [
               {"id": "EXT-O", "donor": "AU", "areas": ["NEW_TECHNOLOGIES"], "types": ["FUNDING"], "capacityUsd": 1000000,
                "regions": ["OCEANIA"], "excludedStates": [], "maxPerRequestUsd": null, "start": "2027-01", "end": "2027-12"}]}
            """;

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static long fullyFunded;
    private static long partlyFunded;

    @BeforeAll
    static void importRequests() {
        ApiResponse imported = SECRETARIAT.postRaw("/api/v1/matching/problem", "application/json", PROBLEM);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        fullyFunded = Long.parseLong(
                imported.json().path("ids").path("EXT-FULL").asText().substring(2));
        partlyFunded = Long.parseLong(
                imported.json().path("ids").path("EXT-PART").asText().substring(2));
    }

    @Test
    void theSolverCountsExternalFundingOfARequest() {
        assertThat(problemAmount(fullyFunded)).isEqualTo(100_000);
        ApiResponse full = SECRETARIAT.post(
                "/api/v1/external-commitments", body("UNSCAR", "UNSCAR call 2026", 100_000, fullyFunded));
        ApiResponse part = SECRETARIAT.post(
                "/api/v1/external-commitments", body("BILATERAL", "Australian bilateral aid", 150_000, partlyFunded));
        assertThat(full.status()).as(full.toString()).isEqualTo(201);
        assertThat(part.status()).as(part.toString()).isEqualTo(201);
        assertThat(full.json().path("state").asText()).isEqualTo("TON"); // taken from the request
        assertThat(full.json().path("area").asText()).isEqualTo("NEW_TECHNOLOGIES");

        assertThat(problemAmount(fullyFunded)).as("left out of the problem").isEqualTo(-1);
        assertThat(problemAmount(partlyFunded)).isEqualTo(50_000);

        JsonNode run = finished(SECRETARIAT.post("/api/v1/matching/runs", Map.of("timeLimitSeconds", 3)));
        assertThat(run.path("status").asText()).isEqualTo("COMPLETED");
        List<JsonNode> proposals = new ArrayList<>();
        SECRETARIAT
                .get("/api/v1/matching/runs/" + run.path("id").asLong() + "/proposals?size=200")
                .json()
                .path("items")
                .forEach(proposals::add);
        assertThat(proposals)
                .noneSatisfy(p -> assertThat(p.path("requestId").asLong()).isEqualTo(fullyFunded));
        long toPart = proposals.stream()
                .filter(p -> p.path("requestId").asLong() == partlyFunded)
                .mapToLong(p -> p.path("amountUsd").asLong())
                .sum();
        assertThat(toPart)
                .as("what is left of the partly funded request")
                .isPositive()
                .isLessThanOrEqualTo(50_000);
    }

    @Test
    void donorsRecordTheirOwnFundingOnlyAndRecipientsSeeTheirStates() {
        Map<String, Object> own = body("BILATERAL", "German bilateral programme", 40_000, null);
        own.put("state", "NER");
        own.put("area", "GENDER");
        ApiResponse byDonor = ApiClient.as("donor.DEU").post("/api/v1/external-commitments", own);
        ApiResponse forOther =
                ApiClient.as("donor.DEU").post("/api/v1/external-commitments", with(own, "donor", "JPN"));
        ApiResponse byRecipient = ApiClient.as("recipient.NER").post("/api/v1/external-commitments", own);
        ApiResponse anonymous = ApiClient.anonymous().post("/api/v1/external-commitments", own);

        assertThat(byDonor.status()).as(byDonor.toString()).isEqualTo(201);
        assertThat(byDonor.json().path("donor").asText()).isEqualTo("DEU");
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(byRecipient.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        long id = byDonor.json().path("id").asLong();

        assertThat(SECRETARIAT.get("/api/v1/external-commitments?state=NER").json())
                .anySatisfy(e -> assertThat(e.path("id").asLong()).isEqualTo(id));
        assertThat(SECRETARIAT.get("/api/v1/external-commitments?state=TON").json())
                .allSatisfy(e -> assertThat(e.path("state").asText()).isEqualTo("TON"));
        assertThat(ApiClient.as("recipient.NER")
                        .get("/api/v1/external-commitments")
                        .json())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.path("state").asText()).isEqualTo("NER"));
        assertThat(ApiClient.as("recipient.MLI")
                        .get("/api/v1/external-commitments?state=NER")
                        .json())
                .isEmpty();
        assertThat(ApiClient.as("recipient.MLI")
                        .get("/api/v1/external-commitments/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(SECRETARIAT.get("/api/v1/external-commitments/999999").status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous().get("/api/v1/external-commitments").status())
                .isEqualTo(401);
    }

    @Test
    void aDonorDeletesOnlyItsOwnRecordsAndTheSecretariatAny() {
        Map<String, Object> own = body("BILATERAL", "Record made in error (delete test)", 12_345, null);
        own.put("state", "NER");
        own.put("area", "LEGISLATION");
        JsonNode german = ApiClient.as("donor.DEU")
                .post("/api/v1/external-commitments", own)
                .json();
        JsonNode bySecretariat =
                SECRETARIAT.post("/api/v1/external-commitments", own).json();
        String germanPath = "/api/v1/external-commitments/" + german.path("id").asLong();
        String secretariatPath =
                "/api/v1/external-commitments/" + bySecretariat.path("id").asLong();

        assertThat(ApiClient.as("donor.JPN").delete(germanPath).status()).isEqualTo(403);
        assertThat(ApiClient.as("donor.DEU").delete(secretariatPath).status())
                .as("no donor recorded")
                .isEqualTo(403);
        assertThat(ApiClient.as("recipient.NER").delete(germanPath).status()).isEqualTo(403);
        assertThat(ApiClient.anonymous().delete(germanPath).status()).isEqualTo(401);
        ApiResponse stale = ApiClient.as("donor.DEU")
                .delete(germanPath + "?version=" + (german.path("version").asLong() + 5));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        assertThat(ApiClient.as("donor.DEU")
                        .delete(germanPath + "?version="
                                + german.path("version").asLong())
                        .status())
                .isEqualTo(204);
        assertThat(SECRETARIAT.delete(secretariatPath).status()).isEqualTo(204);
        assertThat(SECRETARIAT.get(germanPath).status()).isEqualTo(404);
        assertThat(SECRETARIAT.get(secretariatPath).status()).isEqualTo(404);
        assertThat(SECRETARIAT.delete(secretariatPath).status()).isEqualTo(404);
    }

    @Test
    void badInputNamesEveryField() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("state", "XXX");
        bad.put("area", "SPACE");
        bad.put("amountUsd", 0);
        bad.put("start", "2027-13");
        bad.put("end", "2027-01");
        bad.put("source", "LOTTERY");

        ApiResponse response = SECRETARIAT.post("/api/v1/external-commitments", bad);
        ApiResponse wrongState = SECRETARIAT.post(
                "/api/v1/external-commitments", with(body("UNSCAR", "UNSCAR", 10_000, partlyFunded), "state", "NER"));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).contains("state", "area", "source", "start", "mechanismName", "amountUsd");
        assertThat(wrongState.status()).isEqualTo(422);
        assertThat(wrongState.body()).contains("requestId");
        assertThat(SECRETARIAT
                        .postRaw("/api/v1/external-commitments", "application/json", "{not json")
                        .status())
                .isEqualTo(400);
    }

    private static Map<String, Object> body(String source, String mechanism, long amount, Long requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amountUsd", amount);
        body.put("start", "2027-01");
        body.put("end", "2027-12");
        body.put("source", source);
        body.put("mechanismName", mechanism);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** The request's amount in the open problem, or -1 when it is not there. */
    private static long problemAmount(long requestId) {
        for (JsonNode r : SECRETARIAT.get("/api/v1/matching/problem").json().path("requests")) {
            if (r.path("id").asText().equals("R-" + requestId)) {
                return r.path("amountUsd").asLong();
            }
        }
        return -1;
    }

    private static JsonNode finished(ApiResponse started) {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return MatchingRuns.finished(started.json());
    }
}
