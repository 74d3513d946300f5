package org.clearinghouse.requests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearinghouse.testsupport.Payloads.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.Payloads;
import org.clearinghouse.testsupport.Requests;
import org.junit.jupiter.api.Test;

/** Duplicate detection over HTTP: likely duplicates listed with score and reasons, DISTINCT and MERGE decisions. */
class DuplicatesIT {

    private static final ApiClient HAITI = ApiClient.as("recipient.HTI");
    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static ApiResponse lastSubmit;

    @Test
    void aSubmittedDuplicateIsListedAndADistinctPairIsNeverFlaggedAgain() {
        long first = submitted(
                "Firearms violence data observatory for Haiti",
                "National observatory collecting data on firearms violence and seizures, SDG 16.4.2 reporting.");
        long second = submitted(
                "Observatory of firearms violence data, Haiti",
                "Collecting seizure and firearms violence data in a national observatory for SDG 16.4.2 reporting.");
        ApiResponse secondSubmitted = lastSubmit;
        long different = submitted(
                "Household survey on small arms possession",
                "Nationwide household survey on attitudes towards and possession of small arms.");
        assertThat(lastSubmit.header("Likely-Duplicates")).isNotNull();

        ApiResponse listed = SECRETARIAT.get("/api/v1/requests/" + second + "/duplicates");

        // found when submitted: the answer to the submit says so and links to the list
        assertThat(Integer.parseInt(secondSubmitted.header("Likely-Duplicates")))
                .isPositive();
        assertThat(secondSubmitted.header("Link")).contains("/api/v1/requests/" + second + "/duplicates", "duplicates");

        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        List<JsonNode> candidates = items(listed);
        assertThat(candidates)
                .extracting(c -> c.path("id").asLong())
                .contains(first)
                .doesNotContain(different, second);
        JsonNode candidate = candidates.stream()
                .filter(c -> c.path("id").asLong() == first)
                .findFirst()
                .orElseThrow();
        assertThat(candidate.path("score").asDouble()).isBetween(0.5, 1.0);
        assertThat(candidate.path("reasons").toString())
                .contains(
                        "same State (HTI)",
                        "same area (DATA_COLLECTION)",
                        "periods overlap",
                        "similar title and description");
        assertThat(ids(HAITI.get("/api/v1/requests/" + first + "/duplicates"))).contains(second);

        ApiResponse distinct =
                SECRETARIAT.post("/api/v1/requests/" + second + "/duplicates/" + first, Map.of("decision", "DISTINCT"));
        ApiResponse again =
                SECRETARIAT.post("/api/v1/requests/" + first + "/duplicates/" + second, Map.of("decision", "MERGE"));

        assertThat(distinct.status()).as(distinct.toString()).isEqualTo(200);
        assertThat(distinct.json().path("decision").asText()).isEqualTo("DISTINCT");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(ids(SECRETARIAT.get("/api/v1/requests/" + second + "/duplicates")))
                .doesNotContain(first);
        assertThat(ids(SECRETARIAT.get("/api/v1/requests/" + first + "/duplicates")))
                .doesNotContain(second);
        assertThat(HAITI.get("/api/v1/requests/" + first).json().path("status").asText())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void theSecretariatListsUndecidedPairsAndADecidedPairLeavesTheList() {
        long first = submitted(
                "Mobile marking workshop for Haitian police armouries",
                "Mobile workshop marking police armoury weapons and training armourers in record-keeping.",
                "MARKING_RECORD_KEEPING_TRACING");
        long second = submitted(
                "Marking workshop (mobile) for police armouries in Haiti",
                "Training armourers in record-keeping and marking police armoury weapons with a mobile workshop.",
                "MARKING_RECORD_KEEPING_TRACING");
        String pair = first + "-" + second;

        ApiResponse listed = SECRETARIAT.get("/api/v1/duplicates?size=200&sort=requestId,desc");

        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        JsonNode found = null;
        for (JsonNode p : listed.json().path("items")) {
            if ((p.path("requestId").asLong() + "-" + p.path("otherId").asLong()).equals(pair)) {
                found = p;
            }
        }
        assertThat(found).as("pair " + pair + " in " + listed).isNotNull();
        assertThat(found.path("score").asDouble()).isBetween(0.5, 1.0);
        assertThat(found.path("state").asText()).isEqualTo("HTI");
        assertThat(found.path("area").asText()).isEqualTo("MARKING_RECORD_KEEPING_TRACING");
        assertThat(found.path("reasons").toString()).contains("similar title and description");
        JsonNode bySimilarity =
                SECRETARIAT.get("/api/v1/duplicates?size=200").json().path("items");
        for (int i = 1; i < bySimilarity.size(); i++) {
            assertThat(bySimilarity.get(i).path("score").asDouble())
                    .isLessThanOrEqualTo(bySimilarity.get(i - 1).path("score").asDouble());
        }
        assertThat(SECRETARIAT
                        .get("/api/v1/duplicates?size=1")
                        .json()
                        .path("items")
                        .size())
                .isEqualTo(1);
        assertThat(SECRETARIAT.get("/api/v1/duplicates?sort=colour").status()).isEqualTo(422);
        assertThat(HAITI.get("/api/v1/duplicates").status()).isEqualTo(403);
        assertThat(ApiClient.as("donor.DEU").get("/api/v1/duplicates").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous().get("/api/v1/duplicates").status()).isEqualTo(401);

        assertThat(SECRETARIAT
                        .post("/api/v1/requests/" + first + "/duplicates/" + second, Map.of("decision", "DISTINCT"))
                        .status())
                .isEqualTo(200);
        assertThat(SECRETARIAT
                        .get("/api/v1/duplicates?size=200&sort=requestId,desc")
                        .json()
                        .path("items"))
                .noneSatisfy(p -> assertThat(p.path("requestId").asLong() + "-"
                                + p.path("otherId").asLong())
                        .isEqualTo(pair));
    }

    @Test
    void aMergeWithdrawsTheDuplicateWithAReferenceToTheKeptRequest() {
        long kept = submitted(
                "Legal review of the Haitian firearms act",
                "Review of the firearms act against the Programme of Action and the Inter-American Convention.",
                "LEGISLATION");
        long duplicate = submitted(
                "Review of Haiti's firearms act",
                "Legal review of the firearms act against the Inter-American Convention and the Programme of Action.",
                "LEGISLATION");
        assertThat(ids(SECRETARIAT.get("/api/v1/requests/" + kept + "/duplicates")))
                .contains(duplicate);

        ApiResponse byRecipient =
                HAITI.post("/api/v1/requests/" + kept + "/duplicates/" + duplicate, Map.of("decision", "MERGE"));
        ApiResponse badDecision =
                SECRETARIAT.post("/api/v1/requests/" + kept + "/duplicates/" + duplicate, Map.of("decision", "MAYBE"));
        ApiResponse itself =
                SECRETARIAT.post("/api/v1/requests/" + kept + "/duplicates/" + kept, Map.of("decision", "MERGE"));
        ApiResponse merged =
                SECRETARIAT.post("/api/v1/requests/" + kept + "/duplicates/" + duplicate, Map.of("decision", "MERGE"));

        assertThat(byRecipient.status()).isEqualTo(403);
        assertThat(badDecision.status()).isEqualTo(422);
        assertThat(badDecision.body()).contains("decision");
        assertThat(itself.status()).isEqualTo(422);
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().path("keptId").asLong()).isEqualTo(kept);
        JsonNode withdrawn = SECRETARIAT.get("/api/v1/requests/" + duplicate).json();
        assertThat(withdrawn.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.path("mergedIntoId").asLong()).isEqualTo(kept);
        assertThat(SECRETARIAT
                        .get("/api/v1/requests/" + kept)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("SUBMITTED");
        assertThat(ids(SECRETARIAT.get("/api/v1/requests/" + kept + "/duplicates")))
                .doesNotContain(duplicate);
    }

    @Test
    void onlyTheSecretariatAndTheRequestsStateSeeItsDuplicates() {
        long id = submitted("Data on illicit firearms seized at Haitian ports", "Seizure data at ports and airports.");

        assertThat(ApiClient.as("recipient.NER")
                        .get("/api/v1/requests/" + id + "/duplicates")
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.as("donor.DEU")
                        .get("/api/v1/requests/" + id + "/duplicates")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous()
                        .get("/api/v1/requests/" + id + "/duplicates")
                        .status())
                .isEqualTo(401);
        assertThat(SECRETARIAT.get("/api/v1/requests/999999/duplicates").status())
                .isEqualTo(404);
        assertThat(SECRETARIAT
                        .post("/api/v1/requests/999999/duplicates/" + id, Map.of("decision", "DISTINCT"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anOfferDuplicatingAnotherOpenOfferOfTheSameDonorIsFlagged() {
        ApiClient japan = ApiClient.as("donor.JPN");
        Map<String, Object> body = with(
                Payloads.offer("JPN"),
                "title",
                "Japanese support to customs X-ray scanners",
                "description",
                "X-ray scanners and training for customs officers at seaports.",
                "areas",
                List.of("BORDER_CONTROL"),
                "regions",
                List.of());
        long first = opened(japan, body);
        long second = opened(
                japan,
                with(
                        body,
                        "title",
                        "Customs X-ray scanners: Japanese support",
                        "description",
                        "Training for customs officers and X-ray scanners at seaports."));
        long other = opened(
                japan,
                with(
                        body,
                        "title",
                        "Legal drafting expertise",
                        "description",
                        "Experts help draft arms transfer regulations."));

        ApiResponse listed = japan.get("/api/v1/offers/" + first + "/duplicates");

        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(ids(listed)).contains(second).doesNotContain(first, other);
        assertThat(items(listed).get(0).path("reasons").toString()).contains("same donor (JPN)");
        assertThat(ids(SECRETARIAT.get("/api/v1/offers/" + second + "/duplicates")))
                .contains(first);
        assertThat(ApiClient.as("donor.DEU")
                        .get("/api/v1/offers/" + first + "/duplicates")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous()
                        .get("/api/v1/offers/" + first + "/duplicates")
                        .status())
                .isEqualTo(401);
    }

    private static long submitted(String title, String description) {
        return submitted(title, description, "DATA_COLLECTION");
    }

    private static long submitted(String title, String description, String area) {
        lastSubmit = Requests.createdAndSubmitted(
                HAITI,
                with(
                        Payloads.request("HTI"),
                        "title",
                        title,
                        "description",
                        description,
                        "area",
                        area,
                        "type",
                        "EXPERTISE"));
        return lastSubmit.json().path("id").asLong();
    }

    private static long opened(ApiClient donor, Map<String, Object> body) {
        ApiResponse created = donor.post("/api/v1/offers", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(donor.post("/api/v1/offers/" + id + "/open", Map.of()).status())
                .isEqualTo(200);
        return id;
    }

    private static List<JsonNode> items(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().forEach(items::add);
        return items;
    }

    private static List<Long> ids(ApiResponse response) {
        return items(response).stream().map(c -> c.path("id").asLong()).toList();
    }
}
