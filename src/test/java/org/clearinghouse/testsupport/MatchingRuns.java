package org.clearinghouse.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Matching runs for integration tests: start one as the secretariat (waiting for a run of another test to end, since
 * only one runs at a time server-wide) and poll it until it is no longer RUNNING.
 */
public final class MatchingRuns {

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");

    private MatchingRuns() {}

    /** Starts a run of {@code seconds} and returns it finished (COMPLETED, STOPPED or FAILED). */
    public static JsonNode run(int seconds) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            ApiResponse started = SECRETARIAT.post("/api/v1/matching/runs", Map.of("timeLimitSeconds", seconds));
            if (started.status() == 202) {
                return finished(started.json());
            }
            if (started.status() != 409 || System.nanoTime() > deadline) {
                throw new AssertionError("cannot start a matching run: " + started);
            }
            pause(500); // another run is in progress
        }
    }

    /** Polls the run until it is no longer RUNNING. */
    public static JsonNode finished(JsonNode run) {
        return finished(run, Duration.ofSeconds(60));
    }

    /** Polls the run until it is no longer RUNNING, giving up {@code beyond} its time limit. */
    public static JsonNode finished(JsonNode run, Duration beyond) {
        long deadline = System.nanoTime()
                + Duration.ofSeconds(run.path("timeLimitSeconds").asLong())
                        .plus(beyond)
                        .toNanos();
        JsonNode current = run;
        while (current.path("status").asText().equals("RUNNING") && System.nanoTime() < deadline) {
            pause(250);
            current = SECRETARIAT
                    .get("/api/v1/matching/runs/" + run.path("id").asLong())
                    .json();
        }
        return current;
    }

    /** Every proposal of a run (up to 200). */
    /** Every proposal of the run, page by page (other tests' imports can make a run larger than one page). */
    public static List<JsonNode> proposals(JsonNode run) {
        List<JsonNode> items = new ArrayList<>();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            ApiResponse response = SECRETARIAT.get(
                    "/api/v1/matching/runs/" + run.path("id").asLong() + "/proposals?size=200&page=" + page);
            if (response.status() != 200) {
                throw new AssertionError(response.toString());
            }
            JsonNode body = response.json();
            body.path("items").forEach(items::add);
            pages = body.path("totalPages").asInt();
        }
        return items;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
