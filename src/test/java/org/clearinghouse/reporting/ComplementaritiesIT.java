package org.clearinghouse.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /states/{code}/complementarities} over HTTP, on Bhutan's own records (no other test uses the State):
 * a 2027 legislation request funded twice elsewhere (overlap), a 2028 gender request funded in part (gap), and
 * funding elsewhere without any request (overlap).
 */
class ComplementaritiesIT {

    private static final String PROBLEM = """
            {"formatVersion": 1,
             "requests": [
               {"id": "CMP-LAW", "state": "BTN", "region": "ASIA", "area": "LEGISLATION", "type": "FUNDING",
                "amountUsd": 80000, "divisible": true, "priority": 2, "start": "2027-03", "end": "2027-12"},
               {"id": "CMP-GEN", "state": "BTN", "region": "ASIA", "area": "GENDER", "type": "FUNDING",
                "amountUsd": 120000, "divisible": true, "priority": 3, "start": "2028-01", "end": "2028-10"}],
             "offers": []}
            """;

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static long law;
    private static long gender;

    @BeforeAll
    static void recordFunding() {
        ApiResponse imported = SECRETARIAT.postRaw("/api/v1/matching/problem", "application/json", PROBLEM);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        law = Long.parseLong(
                imported.json().path("ids").path("CMP-LAW").asText().substring(2));
        gender = Long.parseLong(
                imported.json().path("ids").path("CMP-GEN").asText().substring(2));
        record(external("UNSCAR", 60_000, "2027-04", "2027-12", law, null));
        // linked to no request: linked, it could not exceed what the request still needs (issue 12 §2)
        record(external("BILATERAL", 50_000, "2027-06", "2027-12", null, "LEGISLATION"));
        record(external("ATT_VTF", 30_000, "2028-02", "2028-09", gender, null));
        record(external("REGIONAL_FUND", 25_000, "2029-01", "2029-06", null, "STOCKPILE_MANAGEMENT"));
    }

    @Test
    void showsGapsAndOverlapsByAreaAndYear() {
        ApiResponse response = SECRETARIAT.get("/api/v1/states/BTN/complementarities");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("stateName").asText()).isEqualTo("Bhutan");

        JsonNode lawCell = cell(body, 2027, "LEGISLATION");
        assertThat(lawCell.path("requestedUsd").asLong()).isEqualTo(80_000);
        assertThat(lawCell.path("fundedElsewhereUsd").asLong()).isEqualTo(110_000);
        assertThat(lawCell.path("elsewhereBySource").path("UNSCAR").asLong()).isEqualTo(60_000);
        assertThat(lawCell.path("elsewhereBySource").path("BILATERAL").asLong()).isEqualTo(50_000);
        assertThat(lawCell.path("openUsd").asLong()).isEqualTo(-30_000);
        assertThat(lawCell.path("assessment").asText()).isEqualTo("OVERLAP");

        JsonNode genderCell = cell(body, 2028, "GENDER");
        assertThat(genderCell.path("openUsd").asLong()).isEqualTo(90_000);
        assertThat(genderCell.path("assessment").asText()).isEqualTo("GAP");

        JsonNode unrequested = cell(body, 2029, "STOCKPILE_MANAGEMENT");
        assertThat(unrequested.path("requestedUsd").asLong()).isZero();
        assertThat(unrequested.path("assessment").asText()).isEqualTo("OVERLAP");

        assertThat(body.path("requestedUsd").asLong()).isGreaterThanOrEqualTo(200_000);
        assertThat(body.path("items")).anySatisfy(item -> {
            assertThat(item.path("kind").asText()).isEqualTo("REQUEST");
            assertThat(item.path("id").asLong()).isEqualTo(gender);
        });
        assertThat(body.path("items")).anySatisfy(item -> {
            assertThat(item.path("kind").asText()).isEqualTo("EXTERNAL");
            assertThat(item.path("requestId").asLong()).isEqualTo(law);
            assertThat(item.path("source").asText()).isEqualTo("UNSCAR");
        });
    }

    @Test
    void onlyTheSecretariatSeesIt() {
        assertThat(ApiClient.anonymous()
                        .get("/api/v1/states/BTN/complementarities")
                        .status())
                .isEqualTo(401);
        assertThat(ApiClient.as("donor.DEU")
                        .get("/api/v1/states/BTN/complementarities")
                        .status())
                .isEqualTo(403);
        ApiResponse recipient = ApiClient.as("recipient.NER").get("/api/v1/states/NER/complementarities");
        assertThat(recipient.status()).isEqualTo(403);
        assertThat(recipient.contentType()).startsWith("application/problem+json");
        assertThat(SECRETARIAT.get("/api/v1/states/XYZ/complementarities").status())
                .isEqualTo(404);
    }

    private static JsonNode cell(JsonNode body, int year, String area) {
        for (JsonNode cell : body.path("cells")) {
            if (cell.path("year").asInt() == year && cell.path("area").asText().equals(area)) {
                return cell;
            }
        }
        throw new AssertionError("no cell for " + year + " " + area + " in " + body);
    }

    private static void record(Map<String, Object> body) {
        ApiResponse created = SECRETARIAT.post("/api/v1/external-commitments", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private static Map<String, Object> external(
            String source, long amount, String start, String end, Long requestId, String area) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", source);
        body.put("mechanismName", source + " (complementarities test)");
        body.put("amountUsd", amount);
        body.put("start", start);
        body.put("end", end);
        if (requestId != null) {
            body.put("requestId", requestId);
        } else {
            body.put("state", "BTN");
            body.put("area", area);
        }
        return body;
    }
}
