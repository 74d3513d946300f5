package org.clearinghouse.fellowship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * The demo data shows the fellowship programme: a call open to nominations, partly funded, with nominations from
 * many States, whose proposed cohort respects the rules. Prints the cohort's figures (docs/fellowship-rules.md keeps
 * them). Reads only: nothing of the demo call changes.
 */
class DemoFellowshipIT {

    private static final String TITLE = "Small arms control fellowship: stockpile management";

    @Test
    void theDemoCallHasFundingAndNominationsFromManyStatesAndARuleAbidingProposal() {
        JsonNode found = null;
        for (JsonNode c : ApiClient.anonymous().get("/api/v1/fellowship/calls").json()) {
            if (c.path("title").asText().startsWith(TITLE)) {
                found = c;
            }
        }
        assertThat(found).as("the demo call").isNotNull();
        JsonNode demo = found;
        assertThat(demo.path("acceptsNominations").asBoolean()).isTrue();
        assertThat(demo.path("fundedSeats").asLong())
                .isPositive()
                .isLessThan(demo.path("seats").asLong());
        assertThat(demo.path("nominatingStates").asLong()).isGreaterThanOrEqualTo(8);
        String calls = "/api/v1/fellowship/calls/" + demo.path("id").asLong();

        ApiResponse proposed = ApiClient.as("secretariat").post(calls + "/selection", Map.of("timeLimitSeconds", 10));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        JsonNode cohort = proposed.json();
        JsonNode figures = cohort.path("statistics");
        assertThat(cohort.path("selected").size())
                .isEqualTo(demo.path("fundedSeats").asInt());
        Map<String, Integer> perState = new HashMap<>();
        cohort.path("selected").forEach(e -> perState.merge(e.path("state").asText(), 1, Integer::sum));
        assertThat(perState.values())
                .as("the cap per State: the call's nominations allowed per State")
                .allSatisfy(n -> assertThat(n)
                        .isLessThanOrEqualTo(demo.path("maxNominationsPerState").asInt()));
        assertThat(figures.path("states").asInt()).isEqualTo(perState.size());
        assertThat(cohort.path("waitlist").size()).isPositive();
        System.out.printf(
                "demo cohort: %d selected for %d funded seats, %d women (%.1f%%, target %d%%), %d States, %d sub-regions,"
                        + " %d least developed, waiting list %d, score %s, proven optimal %s, %d ms%n",
                figures.path("selected").asInt(),
                figures.path("fundedSeats").asInt(),
                figures.path("women").asInt(),
                figures.path("womenPercent").asDouble(),
                figures.path("womenTargetPercent").asInt(),
                figures.path("states").asInt(),
                figures.path("subRegions").asInt(),
                figures.path("leastDeveloped").asInt(),
                figures.path("waitlisted").asInt(),
                cohort.path("score").asText(),
                cohort.path("provenOptimal").asBoolean(),
                cohort.path("elapsedMillis").asLong());
    }
}
