package org.clearinghouse.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;

/** The registry of voluntary targets: who records what, validation, and requests linked to a target. */
class TargetsIT {

    private static final ApiClient NER = ApiClient.as("recipient.NER");
    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");

    @Test
    void aRecipientRecordsItsStatesTargetsAndTheSecretariatARegions() {
        ApiResponse own = NER.post("/api/v1/targets", target(Map.of("area", "MARKING_RECORD_KEEPING_TRACING")));
        ApiResponse other = NER.post("/api/v1/targets", target(Map.of("state", "MLI")));
        ApiResponse region = SECRETARIAT.post("/api/v1/targets", target(Map.of("region", "AFRICA")));
        ApiResponse byDonor = ApiClient.as("donor.DEU").post("/api/v1/targets", target(Map.of()));
        ApiResponse invalid = NER.post("/api/v1/targets", Map.of("targetYear", 1999, "area", "NOPE"));

        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(own.json().path("state").asText()).isEqualTo("NER");
        assertThat(own.json().path("region").asText()).isEqualTo("AFRICA");
        assertThat(other.status()).isEqualTo(403);
        assertThat(region.status()).as(region.toString()).isEqualTo(201);
        assertThat(region.json().path("state").isNull()).isTrue();
        assertThat(byDonor.status()).isEqualTo(403);
        assertThat(ApiClient.anonymous()
                        .post("/api/v1/targets", target(Map.of()))
                        .status())
                .isEqualTo(401);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).contains("description", "indicator", "targetValue", "targetYear", "area");
        assertThat(ApiClient.as("donor.JPN")
                        .get("/api/v1/targets?region=AFRICA")
                        .body())
                .contains(
                        "\"id\":" + own.json().path("id").asLong(),
                        "\"id\":" + region.json().path("id").asLong());
        assertThat(NER.get("/api/v1/targets/indicators").json().get(0).asText()).isEqualTo("SDG 16.4.2");

        long id = own.json().path("id").asLong();
        Map<String, Object> edit = new HashMap<>(target(Map.of()));
        edit.put("targetValue", 75);
        assertThat(NER.put("/api/v1/targets/" + id, edit).status())
                .as("no version")
                .isEqualTo(422);
        edit.put("version", own.json().path("version").asLong());
        ApiResponse edited = NER.put("/api/v1/targets/" + id, edit);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().path("targetValue").asDouble()).isEqualTo(75.0);
        assertThat(NER.put("/api/v1/targets/" + id, edit).status())
                .as("stale version")
                .isEqualTo(409);
        assertThat(ApiClient.as("recipient.MLI")
                        .put("/api/v1/targets/" + id, edit)
                        .status())
                .isEqualTo(403);
        assertThat(NER.get("/api/v1/targets/999999999").status()).isEqualTo(404);
    }

    @Test
    void aRequestLinksToATargetOfItsStateOrRegionOnly() {
        long ner =
                NER.post("/api/v1/targets", target(Map.of())).json().path("id").asLong();
        long mli = ApiClient.as("recipient.MLI")
                .post("/api/v1/targets", target(Map.of()))
                .json()
                .path("id")
                .asLong();
        long europe = SECRETARIAT
                .post("/api/v1/targets", target(Map.of("region", "EUROPE")))
                .json()
                .path("id")
                .asLong();

        ApiResponse linked = NER.post("/api/v1/requests", request(ner));
        ApiResponse wrongState = NER.post("/api/v1/requests", request(mli));
        ApiResponse wrongRegion = NER.post("/api/v1/requests", request(europe));
        ApiResponse unknown = NER.post("/api/v1/requests", request(999_999_999L));

        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.json().path("targetId").asLong()).isEqualTo(ner);
        assertThat(wrongState.status()).isEqualTo(422);
        assertThat(wrongState.body()).contains("targetId");
        assertThat(wrongRegion.status()).isEqualTo(422);
        assertThat(unknown.status()).isEqualTo(422);
        JsonNode report = NER.get("/api/v1/targets/" + ner).json();
        assertThat(report.path("requests").toString())
                .contains("\"id\":" + linked.json().path("id").asLong());
        assertThat(report.path("requestedUsd").asLong()).isEqualTo(50_000);
        assertThat(ApiClient.as("recipient.MLI")
                        .get("/api/v1/targets/" + ner)
                        .json()
                        .path("requests")
                        .size())
                .as("another State does not see NER's draft")
                .isZero();
        Map<String, Object> unlink = ApiClient.asMap(linked.json());
        unlink.put("targetId", null);
        assertThat(NER.put("/api/v1/requests/" + linked.json().path("id").asLong(), unlink)
                        .json()
                        .path("targetId")
                        .isNull())
                .isTrue();
    }

    private static Map<String, Object> target(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "description",
                "Trace half of the seized weapons",
                "indicator",
                "SDG 16.4.2",
                "baselineValue",
                12.5,
                "targetValue",
                50,
                "targetYear",
                2030));
        body.putAll(extra);
        return body;
    }

    private static Map<String, Object> request(long targetId) {
        return Map.of(
                "title",
                "Tracing desk",
                "description",
                "A tracing desk in the national commission",
                "area",
                "MARKING_RECORD_KEEPING_TRACING",
                "type",
                "EQUIPMENT",
                "amountUsd",
                50_000,
                "divisible",
                true,
                "priority",
                2,
                "start",
                "2027-03",
                "end",
                "2027-12",
                "targetId",
                targetId);
    }
}
