package org.clearinghouse.requests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearinghouse.testsupport.Payloads.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.Payloads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Confidentiality by consent over HTTP: anonymous callers see public summaries of consented, validated requests and
 * the open PUBLIC offers, and never a restricted field. Every restricted field carries the marker below; the
 * assertions look for the marker, the exact amount and the JSON keys.
 */
class PublicSummariesIT {

    private static final String MARKER = "CONFIDENTIAL-7f3a";
    private static final long EXACT_AMOUNT = 123_457;
    private static final Set<String> REQUEST_KEYS =
            Set.of("id", "title", "area", "areaDescription", "type", "region", "amountBand", "status");
    private static final Set<String> OFFER_KEYS = Set.of(
            "id",
            "title",
            "description",
            "donor",
            "donorName",
            "areas",
            "types",
            "regions",
            "capacityBand",
            "start",
            "end");

    private static final ApiClient NIGER = ApiClient.as("recipient.NER");
    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static final ApiClient GERMANY = ApiClient.as("donor.DEU");

    private static long published;
    private static long withoutConsent;
    private static long notValidated;
    private static long publicOffer;
    private static long restrictedOffer;

    @BeforeAll
    static void createData() {
        Map<String, Object> secret = with(
                Payloads.request("NER"),
                "title",
                "Public title of a consented request",
                "description",
                MARKER + " description",
                "contact",
                MARKER + " contact",
                "nationalTargetReference",
                MARKER + " NAP",
                "amountUsd",
                EXACT_AMOUNT,
                "area",
                "LEGISLATION",
                "type",
                "EXPERTISE",
                "publishSummaryConsent",
                true);
        published = created(NIGER.post("/api/v1/requests", secret));
        // the State's internal exchange with the secretariat: returned with a comment, then submitted again
        NIGER.post("/api/v1/requests/" + published + "/submit", Map.of());
        SECRETARIAT.post("/api/v1/requests/" + published + "/return", Map.of("comment", MARKER + " comment"));
        NIGER.post("/api/v1/requests/" + published + "/submit", Map.of());
        ApiResponse validated = SECRETARIAT.post("/api/v1/requests/" + published + "/validate", Map.of());
        assertThat(validated.status()).as(validated.toString()).isEqualTo(200);

        withoutConsent = created(NIGER.post(
                "/api/v1/requests", with(secret, "title", "Request kept private", "publishSummaryConsent", false)));
        NIGER.post("/api/v1/requests/" + withoutConsent + "/submit", Map.of());
        SECRETARIAT.post("/api/v1/requests/" + withoutConsent + "/validate", Map.of());

        notValidated = created(NIGER.post("/api/v1/requests", with(secret, "title", "Consented but only submitted")));
        NIGER.post("/api/v1/requests/" + notValidated + "/submit", Map.of());

        Map<String, Object> offer = with(
                Payloads.offer("DEU"),
                "title",
                "German public offer",
                "contact",
                MARKER + " offer contact",
                "excludedStates",
                List.of("ERI"),
                "capacityUsd",
                777_777,
                "maxPerRequestUsd",
                333_333);
        publicOffer = created(GERMANY.post("/api/v1/offers", offer));
        GERMANY.post("/api/v1/offers/" + publicOffer + "/open", Map.of());
        restrictedOffer = created(GERMANY.post(
                "/api/v1/offers", with(offer, "title", "German restricted offer", "visibility", "RESTRICTED")));
        GERMANY.post("/api/v1/offers/" + restrictedOffer + "/open", Map.of());
    }

    @Test
    void anonymousCallersSeeOnlyConsentedValidatedSummaries() {
        ApiResponse response = ApiClient.anonymous().get("/api/v1/public/requests?size=200");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = items(response);
        assertThat(items)
                .extracting(i -> i.path("id").asLong())
                .contains(published)
                .doesNotContain(withoutConsent, notValidated);
        assertThat(items).allSatisfy(i -> {
            assertThat(keys(i)).isEqualTo(REQUEST_KEYS);
            assertThat(i.path("status").asText()).isIn("VALIDATED", "PARTIALLY_FUNDED", "FUNDED");
        });
        JsonNode mine = items.stream()
                .filter(i -> i.path("id").asLong() == published)
                .findFirst()
                .orElseThrow();
        assertThat(mine.path("amountBand").asText()).isEqualTo("100k–500k USD");
        assertThat(mine.path("region").asText()).isEqualTo("AFRICA");
        assertThat(response.body())
                .doesNotContain(MARKER)
                .doesNotContain(String.valueOf(EXACT_AMOUNT))
                .doesNotContain("Request kept private")
                .doesNotContain("focal.point@");
    }

    @Test
    void anonymousCallersSeeOnlyPublicOpenOffersWithoutRestrictedFields() {
        ApiResponse response = ApiClient.anonymous().get("/api/v1/public/offers?size=200");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = items(response);
        assertThat(items)
                .extracting(i -> i.path("id").asLong())
                .contains(publicOffer)
                .doesNotContain(restrictedOffer);
        assertThat(items).allSatisfy(i -> assertThat(keys(i)).isEqualTo(OFFER_KEYS));
        assertThat(response.body())
                .doesNotContain(MARKER)
                .doesNotContain("777777")
                .doesNotContain("333333")
                .doesNotContain("\"ERI\"")
                .doesNotContain("German restricted offer");
    }

    @Test
    void theVisibilityIsTheDonorsAndKeptWhenAnEditLeavesItOut() {
        JsonNode restricted = GERMANY.get("/api/v1/offers/" + restrictedOffer).json();
        assertThat(restricted.path("visibility").asText()).isEqualTo("RESTRICTED");
        assertThat(GERMANY.get("/api/v1/offers/" + publicOffer)
                        .json()
                        .path("visibility")
                        .asText())
                .isEqualTo("PUBLIC");

        Map<String, Object> edit = with(
                Payloads.offer("DEU"),
                "title",
                "German restricted offer, edited",
                "version",
                restricted.path("version").asLong());
        ApiResponse edited = GERMANY.put("/api/v1/offers/" + restrictedOffer, edit);
        ApiResponse bad = GERMANY.put(
                "/api/v1/offers/" + restrictedOffer,
                with(
                        edit,
                        "visibility",
                        "SECRET",
                        "version",
                        edited.json().path("version").asLong()));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().path("visibility").asText()).isEqualTo("RESTRICTED");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("visibility");
        // signed-in users still see a restricted open offer
        assertThat(ApiClient.as("recipient.NER")
                        .get("/api/v1/offers/" + restrictedOffer)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anonymousCallersReadNoRequestOrOfferThroughTheSignedInApi() {
        assertThat(ApiClient.anonymous().get("/api/v1/requests/" + published).status())
                .isEqualTo(401);
        assertThat(ApiClient.anonymous().get("/api/v1/requests").status()).isEqualTo(401);
        assertThat(ApiClient.anonymous()
                        .get("/api/v1/offers/" + restrictedOffer)
                        .status())
                .isEqualTo(401);
        ApiResponse iati = ApiClient.anonymous().getAccepting("/api/v1/exports/iati", "application/xml");
        assertThat(iati.body()).doesNotContain(MARKER);
    }

    private static long created(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    private static List<JsonNode> items(ApiResponse response) {
        List<JsonNode> items = new ArrayList<>();
        response.json().path("items").forEach(items::add);
        return items;
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
