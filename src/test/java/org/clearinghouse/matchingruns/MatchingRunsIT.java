package org.clearinghouse.matchingruns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.MatchingRuns;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Matching runs through the REST API on the demo data: a full run with review decisions and a re-run that keeps
 * the endorsed proposals in place (pinned) and leaves the rejected pairs out, one run at a time with stop-early, and
 * a run that fails cleanly. The runs share one database, so they go in this order; each leaves the data as the next
 * expects it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MatchingRunsIT {

    private final ApiClient secretariat = ApiClient.as("secretariat");

    @Test
    @Order(1)
    void aRunProposesWithinEveryLimitAndExplainsItself() {
        JsonNode run = MatchingRuns.finished(start(5));

        assertThat(run.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.path("feasible").asBoolean()).isTrue();
        assertThat(run.path("proposalCount").asInt()).isPositive();
        JsonNode problem = secretariat.get("/api/v1/matching/problem").json();
        List<JsonNode> proposals =
                items("/api/v1/matching/runs/" + run.path("id").asLong() + "/proposals?size=200");
        assertThat(proposals).hasSize(run.path("proposalCount").asInt());
        assertWithinCapacityAndNeed(problem, proposals);
        assertThat(proposals).allSatisfy(p -> {
            assertThat(p.path("explanation").asText()).isNotBlank();
            assertThat(p.path("decision").asText()).isEqualTo("PROPOSED");
        });
        List<JsonNode> unfunded =
                items("/api/v1/matching/runs/" + run.path("id").asLong() + "/unfunded?size=200");
        assertThat(unfunded).isNotEmpty().allSatisfy(u -> {
            assertThat(u.path("reason").asText()).isNotBlank();
            assertThat(u.path("explanation").asText()).isNotBlank();
        });
    }

    @Test
    @Order(2)
    void endorsedProposalsAreKeptByTheNextRunAndRejectedPairsNeverComeBack() {
        JsonNode first = MatchingRuns.finished(start(5));
        List<JsonNode> proposals =
                items("/api/v1/matching/runs/" + first.path("id").asLong() + "/proposals?size=200");
        assertThat(proposals.size()).isGreaterThanOrEqualTo(2);
        JsonNode accepted = proposals.get(0);
        JsonNode rejected = proposals.get(1);

        ApiResponse accept = secretariat.post(
                "/api/v1/proposals/" + accepted.path("id").asLong() + "/decisions",
                Map.of("action", "ACCEPT", "version", accepted.path("version").asLong()));
        ApiResponse noReason = secretariat.post(
                "/api/v1/proposals/" + rejected.path("id").asLong() + "/decisions", Map.of("action", "REJECT"));
        ApiResponse reject = secretariat.post(
                "/api/v1/proposals/" + rejected.path("id").asLong() + "/decisions",
                Map.of("action", "REJECT", "reason", "The donor already funds this through another programme."));
        ApiResponse twice = secretariat.post(
                "/api/v1/proposals/" + accepted.path("id").asLong() + "/decisions", Map.of("action", "ACCEPT"));

        assertThat(accept.status()).as(accept.toString()).isEqualTo(200);
        assertThat(accept.json().path("state").asText())
                .as("the secretariat's ACCEPT endorses")
                .isEqualTo("ENDORSED");
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(422);
        assertThat(reject.json().path("state").asText()).isEqualTo("REJECTED");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(secretariat
                        .get("/api/v1/matching/problem")
                        .json()
                        .path("rejections")
                        .toString())
                .contains("R-" + rejected.path("requestId").asLong());
        long endorsedVersion = accept.json().path("version").asLong();

        JsonNode second = MatchingRuns.finished(start(5));
        // the endorsed proposal is kept in place (pinned in the solver, not stored again); the rejected pair is gone
        assertThat(second.path("pinnedCount").asInt()).isPositive();
        List<JsonNode> next = items("/api/v1/matching/runs/" + second.path("id").asLong() + "/proposals?size=200");
        assertThat(next).noneSatisfy(p -> {
            assertThat(p.path("requestId").asLong())
                    .isEqualTo(accepted.path("requestId").asLong());
            assertThat(p.path("offerId").asLong())
                    .isEqualTo(accepted.path("offerId").asLong());
        });
        assertThat(next).noneSatisfy(p -> {
            assertThat(p.path("requestId").asLong())
                    .isEqualTo(rejected.path("requestId").asLong());
            assertThat(p.path("offerId").asLong())
                    .isEqualTo(rejected.path("offerId").asLong());
        });
        JsonNode kept = secretariat
                .get("/api/v1/proposals/" + accepted.path("id").asLong())
                .json();
        assertThat(kept.path("state").asText()).isEqualTo("ENDORSED");
        assertThat(kept.path("version").asLong()).isEqualTo(endorsedVersion);
    }

    @Test
    @Order(3)
    void oneRunAtATimeAndAStoppedRunKeepsItsBestSoFar() {
        JsonNode running = start(120);
        ApiResponse second = secretariat.post("/api/v1/matching/runs", Map.of("timeLimitSeconds", 5));
        ApiResponse stopped =
                secretariat.post("/api/v1/matching/runs/" + running.path("id").asLong() + "/stop", Map.of());
        JsonNode run = MatchingRuns.finished(running);

        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(200);
        assertThat(run.path("status").asText()).isEqualTo("STOPPED");
        assertThat(run.path("elapsedMs").asLong())
                .isLessThan(Duration.ofSeconds(120).toMillis());
        assertThat(items("/api/v1/matching/runs/" + run.path("id").asLong() + "/proposals?size=200"))
                .hasSize(run.path("proposalCount").asInt());
        assertThat(secretariat
                        .post("/api/v1/matching/runs/" + run.path("id").asLong() + "/stop", Map.of())
                        .status())
                .isEqualTo(409);
    }

    @Test
    @Order(4)
    void aRunThatCannotKeepTheAcceptedProposalsFailsAndWritesNothing() {
        JsonNode base = MatchingRuns.finished(start(5));
        JsonNode proposal = items("/api/v1/matching/runs/" + base.path("id").asLong() + "/proposals?state=PROPOSED")
                .get(0);
        secretariat.post(
                "/api/v1/proposals/" + proposal.path("id").asLong() + "/decisions", Map.of("action", "ACCEPT"));
        String offerPath = "/api/v1/offers/" + proposal.path("offerId").asLong();
        JsonNode offer = secretariat.get(offerPath).json();
        // room for what the offer committed (earlier tests may have), one dollar short of the accepted proposal
        long committed = offer.path("committedUsd").asLong();
        Map<String, Object> shrunk =
                offerBody(offer, committed + proposal.path("amountUsd").asLong() - 1, null);
        ApiResponse shrinking = secretariat.put(offerPath, shrunk);
        assertThat(shrinking.status()).as(shrinking.toString()).isEqualTo(200);

        JsonNode failed = MatchingRuns.finished(start(5));

        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("failureMessage").asText()).contains("accepted proposals");
        assertThat(items("/api/v1/matching/runs/" + failed.path("id").asLong() + "/proposals"))
                .isEmpty();
        // leave the data as it was: undo the decision and the capacity
        JsonNode accepted = secretariat
                .get("/api/v1/proposals/" + proposal.path("id").asLong())
                .json();
        secretariat.post(
                "/api/v1/proposals/" + accepted.path("id").asLong() + "/decisions",
                Map.of("action", "REJECT", "reason", "Offer reduced by the donor."));
        JsonNode current = secretariat.get(offerPath).json();
        secretariat.put(
                offerPath,
                offerBody(
                        current,
                        offer.path("capacityUsd").asLong(),
                        offer.path("maxPerRequestUsd").isNull()
                                ? null
                                : offer.path("maxPerRequestUsd").asLong()));
        assertThat(MatchingRuns.finished(start(3)).path("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    @Order(5)
    void onlyTheSecretariatRunsMatching() {
        assertThat(ApiClient.as("donor.DEU")
                        .post("/api/v1/matching/runs", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.as("recipient.NER").get("/api/v1/matching/runs").status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous().get("/api/v1/matching/runs").status()).isEqualTo(401);
        assertThat(secretariat
                        .post("/api/v1/matching/runs", Map.of("timeLimitSeconds", 0))
                        .status())
                .isEqualTo(422);
    }

    private JsonNode start(int seconds) {
        ApiResponse started = secretariat.post("/api/v1/matching/runs", Map.of("timeLimitSeconds", seconds));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.json();
    }

    private List<JsonNode> items(String path) {
        ApiResponse response = secretariat.get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        response.json().path("items").forEach(items::add);
        return items;
    }

    private static Map<String, Object> offerBody(JsonNode offer, long capacity, Long ceiling) {
        Map<String, Object> body = ApiClient.asMap(offer);
        body.put("capacityUsd", capacity);
        body.put("maxPerRequestUsd", ceiling == null ? null : Math.min(ceiling, capacity));
        return body;
    }

    /** H6 and H7 over the whole proposal, commitments included. */
    private static void assertWithinCapacityAndNeed(JsonNode problem, List<JsonNode> proposals) {
        Map<String, Long> drawn = new HashMap<>();
        Map<String, Long> funded = new HashMap<>();
        problem.path("commitments").forEach(c -> {
            drawn.merge(c.path("offerId").asText(), c.path("amountUsd").asLong(), Long::sum);
            funded.merge(c.path("requestId").asText(), c.path("amountUsd").asLong(), Long::sum);
        });
        proposals.forEach(p -> {
            drawn.merge("O-" + p.path("offerId").asLong(), p.path("amountUsd").asLong(), Long::sum);
            funded.merge(
                    "R-" + p.path("requestId").asLong(), p.path("amountUsd").asLong(), Long::sum);
        });
        problem.path("offers")
                .forEach(o -> assertThat(drawn.getOrDefault(o.path("id").asText(), 0L))
                        .as("drawn on " + o.path("id").asText())
                        .isLessThanOrEqualTo(o.path("capacityUsd").asLong()));
        problem.path("requests")
                .forEach(r -> assertThat(funded.getOrDefault(r.path("id").asText(), 0L))
                        .as("funding of " + r.path("id").asText())
                        .isLessThanOrEqualTo(r.path("amountUsd").asLong()));
    }
}
