package org.clearinghouse.offers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearinghouse.testsupport.Payloads.offer;
import static org.clearinghouse.testsupport.Payloads.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;

/** The offers API over HTTP against the running server. */
class OffersApiIT {

    private final ApiClient germany = ApiClient.as("donor.DEU");

    @Test
    void createsOpensEditsAndWithdrawsAnOffer() {
        ApiResponse created = germany.post("/api/v1/offers", offer(null));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        long id = body.path("id").asLong();
        assertThat(body.path("donor").asText()).isEqualTo("DEU");
        assertThat(body.path("donorName").asText()).isEqualTo("Germany");
        assertThat(body.path("status").asText()).isEqualTo("DRAFT");
        assertThat(body.path("areas")).hasSize(2);
        assertThat(body.path("maxPerRequestUsd").asLong()).isEqualTo(300_000);

        assertThat(ApiClient.as("recipient.NER").get("/api/v1/offers/" + id).status())
                .isEqualTo(404);
        JsonNode opened = germany.post(
                        "/api/v1/offers/" + id + "/open",
                        Map.of("version", body.path("version").asLong()))
                .json();
        assertThat(opened.path("status").asText()).isEqualTo("OPEN");
        assertThat(ApiClient.as("recipient.NER").get("/api/v1/offers/" + id).status())
                .isEqualTo(200);

        ApiResponse edited = germany.put(
                "/api/v1/offers/" + id,
                with(
                        offer("DEU"),
                        "regions",
                        List.of(),
                        "maxPerRequestUsd",
                        null,
                        "version",
                        opened.path("version").asLong()));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().path("regions")).isEmpty();
        assertThat(edited.json().path("maxPerRequestUsd").isNull()).isTrue();

        JsonNode closed =
                germany.post("/api/v1/offers/" + id + "/withdraw", Map.of()).json();
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(germany.put(
                                "/api/v1/offers/" + id,
                                with(
                                        offer("DEU"),
                                        "version",
                                        closed.path("version").asLong()))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void listsEveryFieldErrorAtOnce() {
        ApiResponse response = germany.post(
                "/api/v1/offers",
                with(
                        offer("DEU"),
                        "areas",
                        List.of(),
                        "types",
                        List.of("FUNDING", "MONEY"),
                        "regions",
                        List.of("ATLANTIS"),
                        "excludedStates",
                        List.of("XXX"),
                        "capacityUsd",
                        -1,
                        "maxPerRequestUsd",
                        2_000_000,
                        "start",
                        "2029-01",
                        "end",
                        "2027-01"));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).contains("areas", "types[1]", "regions[0]", "excludedStates[0]", "capacityUsd", "end");
    }

    @Test
    void aCeilingAboveTheCapacityIsRefused() {
        ApiResponse response =
                germany.post("/api/v1/offers", with(offer("DEU"), "capacityUsd", 100_000, "maxPerRequestUsd", 200_000));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.body()).contains("maxPerRequestUsd");
    }

    @Test
    void anEditCannotTakeTheOfferBelowWhatItCommitted() {
        ApiClient secretariat = ApiClient.as("secretariat");
        JsonNode commitment = secretariat
                .get("/api/v1/matching/problem")
                .json()
                .path("commitments")
                .path(0);
        assertThat(commitment.isMissingNode())
                .as("the demo data commits part of an open offer")
                .isFalse();
        String path = "/api/v1/offers/" + commitment.path("offerId").asText().substring("O-".length());
        JsonNode before = secretariat.get(path).json();
        assertThat(before.path("committedUsd").asLong())
                .isGreaterThanOrEqualTo(commitment.path("amountUsd").asLong());
        Map<String, Object> body = ApiClient.asMap(before);

        ApiResponse capacity = secretariat.put(
                path, with(body, "capacityUsd", commitment.path("amountUsd").asLong() - 1, "maxPerRequestUsd", null));
        ApiResponse ceiling = secretariat.put(
                path,
                with(body, "maxPerRequestUsd", commitment.path("amountUsd").asLong() - 1));

        assertThat(capacity.status()).as(capacity.toString()).isEqualTo(422);
        assertThat(capacity.json().path("errors").path(0).path("field").asText())
                .isEqualTo("capacityUsd");
        assertThat(capacity.json().path("errors").path(0).path("message").asText())
                .contains("already committed");
        assertThat(ceiling.status()).as(ceiling.toString()).isEqualTo(422);
        assertThat(ceiling.json().path("errors").path(0).path("field").asText()).isEqualTo("maxPerRequestUsd");
        JsonNode after = secretariat.get(path).json();
        assertThat(after.path("capacityUsd")).isEqualTo(before.path("capacityUsd"));
        assertThat(after.path("version")).isEqualTo(before.path("version"));
    }

    @Test
    void filtersByDonorAreaAndRegion() {
        ApiResponse list = ApiClient.as("secretariat").get("/api/v1/offers?donor=EU&area=GENDER&sort=capacityUsd,desc");

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().path("items")).isNotEmpty().allSatisfy(o -> {
            assertThat(o.path("donor").asText()).isEqualTo("EU");
            assertThat(o.path("areas").toString()).contains("GENDER");
        });
        JsonNode recipientView = ApiClient.as("recipient.HTI")
                .get("/api/v1/offers?size=200")
                .json()
                .path("items");
        assertThat(recipientView)
                .allSatisfy(o -> assertThat(o.path("status").asText()).isEqualTo("OPEN"));
    }
}
