package org.clearinghouse.matchingruns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.MatchingRuns;
import org.junit.jupiter.api.Test;

/** The coverage of a run (funded share by priority, area and region; priority inversions) over HTTP. */
class RunCoverageIT {

    private final ApiClient secretariat = ApiClient.as("secretariat");

    @Test
    void coverageAddsUpToTheRunAndNamesItsInversions() {
        JsonNode run = MatchingRuns.run(3);
        long id = run.path("id").asLong();

        ApiResponse response = secretariat.get("/api/v1/matching/runs/" + id + "/coverage");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode coverage = response.json();
        long requested = sum(coverage.path("byPriority"), "requestedUsd");
        assertThat(requested).isPositive();
        assertThat(sum(coverage.path("byArea"), "requestedUsd")).isEqualTo(requested);
        assertThat(sum(coverage.path("byRegion"), "requestedUsd")).isEqualTo(requested);
        long funded = sum(coverage.path("byPriority"), "fundedUsd");
        assertThat(funded).isBetween(0L, requested);
        assertThat(sum(coverage.path("byArea"), "fundedUsd")).isEqualTo(funded);
        coverage.path("byRegion")
                .forEach(r ->
                        assertThat(r.path("key").asText()).isIn("AFRICA", "AMERICAS", "ASIA", "EUROPE", "OCEANIA"));
        assertThat(coverage.path("inversions").size())
                .isEqualTo(run.path("priorityInversions").asInt());
        coverage.path("inversions").forEach(i -> {
            assertThat(i.path("higherPriority").asInt())
                    .isLessThan(i.path("lowerPriority").asInt());
            assertThat(i.path("higherTitle").asText()).isNotBlank();
        });
    }

    @Test
    void onlyTheSecretariatReadsCoverage() {
        JsonNode latest = secretariat.get("/api/v1/matching/runs?size=1").json().path("items");
        long id = latest.size() > 0 ? latest.get(0).path("id").asLong() : 1;

        assertThat(ApiClient.as("recipient.NER")
                        .get("/api/v1/matching/runs/" + id + "/coverage")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.as("donor.DEU")
                        .get("/api/v1/matching/runs/" + id + "/coverage")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous()
                        .get("/api/v1/matching/runs/" + id + "/coverage")
                        .status())
                .isEqualTo(401);
        assertThat(secretariat.get("/api/v1/matching/runs/987654321/coverage").status())
                .isEqualTo(404);
    }

    private static long sum(JsonNode shares, String field) {
        long total = 0;
        for (JsonNode s : shares) {
            total += s.path(field).asLong();
        }
        return total;
    }
}
