package org.clearinghouse.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.DemoAccountNeeds;
import org.clearinghouse.testsupport.MatchingRuns;
import org.junit.jupiter.api.Test;

/**
 * Twenty writers decide the same two proposals at the same moment (issue 14 §2): for each decision one wins, the
 * others get 409, and the history holds exactly the winners' steps. Each proposal ends declined, so that nothing is
 * left awaiting the parties for the tests that follow.
 */
class ConcurrentDecisionsIT {

    private static final String LABEL = "Concurrent decisions";
    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static final int WRITERS_PER_PROPOSAL = 10;

    @Test
    void twentyWritersAtOnceLeaveOneWinnerPerDecisionAndAConsistentHistory() throws Exception {
        List<JsonNode> proposals = twoProposalsOfThisTest();

        List<Callable<ApiResponse>> endorsements = new ArrayList<>();
        for (JsonNode p : proposals) {
            long version = p.path("version").asLong();
            for (int i = 0; i < WRITERS_PER_PROPOSAL; i++) {
                endorsements.add(() -> SECRETARIAT.post(decisions(p), Map.of("action", "ENDORSE", "version", version)));
            }
        }
        assertOneWinnerPerProposal(atOnce(endorsements), "ENDORSE");
        assertHistory(proposals, List.of("ENDORSED"));

        List<Callable<ApiResponse>> acceptances = new ArrayList<>();
        for (JsonNode p : proposals) {
            long version = current(p).path("version").asLong();
            for (int i = 0; i < WRITERS_PER_PROPOSAL; i++) {
                ApiClient party = i % 2 == 0 ? recipient(p) : donor(p);
                acceptances.add(() -> party.post(decisions(p), Map.of("action", "ACCEPT", "version", version)));
            }
        }
        assertOneWinnerPerProposal(atOnce(acceptances), "ACCEPT");
        for (JsonNode p : proposals) {
            assertThat(current(p).path("state").asText()).isIn("RECIPIENT_ACCEPTED", "DONOR_ACCEPTED");
        }

        for (JsonNode p : proposals) {
            JsonNode now = current(p);
            ApiClient other = now.path("state").asText().equals("RECIPIENT_ACCEPTED") ? donor(p) : recipient(p);
            ApiResponse declined = other.post(
                    decisions(p),
                    Map.of(
                            "action",
                            "DECLINE",
                            "reason",
                            "Test of concurrent decisions",
                            "version",
                            now.path("version").asLong()));
            assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        }
    }

    /** Runs every call at the same moment (a thread each) and returns the answers in order. */
    private static List<ApiResponse> atOnce(List<Callable<ApiResponse>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiResponse>> answers = new ArrayList<>();
            for (Callable<ApiResponse> call : calls) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> answer : answers) {
                responses.add(answer.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The answers come in blocks of {@link #WRITERS_PER_PROPOSAL}, one block a proposal. */
    private static void assertOneWinnerPerProposal(List<ApiResponse> responses, String action) {
        for (int block = 0; block < responses.size() / WRITERS_PER_PROPOSAL; block++) {
            List<ApiResponse> mine =
                    responses.subList(block * WRITERS_PER_PROPOSAL, (block + 1) * WRITERS_PER_PROPOSAL);
            List<Integer> statuses = mine.stream().map(ApiResponse::status).toList();
            assertThat(statuses.stream().filter(s -> s == 200).count())
                    .as(action + " on proposal " + block + ": " + statuses)
                    .isEqualTo(1);
            assertThat(statuses.stream().filter(s -> s == 409).count())
                    .as(action + " on proposal " + block + ": " + statuses)
                    .isEqualTo(WRITERS_PER_PROPOSAL - 1);
            mine.stream()
                    .filter(r -> r.status() == 409)
                    .forEach(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
        }
    }

    private static void assertHistory(List<JsonNode> proposals, List<String> states) {
        for (JsonNode p : proposals) {
            List<String> steps = new ArrayList<>();
            SECRETARIAT
                    .get("/api/v1/proposals/" + p.path("id").asLong() + "/history")
                    .json()
                    .forEach(step -> steps.add(step.path("toState").asText()));
            assertThat(steps).as("history of proposal " + p.path("id").asLong()).isEqualTo(states);
        }
    }

    /** Two proposals of a fresh run between this test's own needs and offers. */
    private static List<JsonNode> twoProposalsOfThisTest() {
        DemoAccountNeeds.provide(LABEL);
        JsonNode run = MatchingRuns.run(3);
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        List<JsonNode> mine = MatchingRuns.proposals(run).stream()
                .filter(p -> SECRETARIAT
                        .get("/api/v1/requests/" + p.path("requestId").asLong())
                        .json()
                        .path("title")
                        .asText()
                        .startsWith(LABEL))
                .filter(p -> DemoAccountNeeds.DONORS.contains(p.path("donor").asText()))
                .limit(2)
                .toList();
        assertThat(mine)
                .as("proposals between this test's needs and the demo donors")
                .hasSize(2);
        return mine;
    }

    private static JsonNode current(JsonNode p) {
        return SECRETARIAT.get("/api/v1/proposals/" + p.path("id").asLong()).json();
    }

    private static String decisions(JsonNode p) {
        return "/api/v1/proposals/" + p.path("id").asLong() + "/decisions";
    }

    private static ApiClient recipient(JsonNode p) {
        return ApiClient.as("recipient." + p.path("recipientState").asText());
    }

    private static ApiClient donor(JsonNode p) {
        return ApiClient.as("donor." + p.path("donor").asText());
    }
}
