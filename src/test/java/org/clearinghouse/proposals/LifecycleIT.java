package org.clearinghouse.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.DemoAccountNeeds;
import org.clearinghouse.testsupport.MatchingRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The lifecycle of proposals over HTTP, per role: the secretariat endorses, the recipient State and the donor accept
 * or decline each on its own, the second acceptance commits; progress starts and completes implementation; a
 * commitment can be cancelled; concurrent decisions; the history; declined pairs stay out of the next run. One
 * matching run provides the proposals (only proposals between demo accounts: recipients NER, MLI, HTI and donors
 * DEU, JPN, EU); each test takes its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleIT {

    private static final Set<String> RECIPIENTS = DemoAccountNeeds.RECIPIENTS;
    private static final Set<String> DONORS = DemoAccountNeeds.DONORS;
    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");

    /** Proposals between demo accounts, PROPOSED after the first run, each used by one test. */
    private static final List<JsonNode> POOL = new ArrayList<>();

    private static final Map<String, JsonNode> USED = new HashMap<>();

    @BeforeAll
    static void propose() {
        DemoAccountNeeds.provide("Lifecycle test");
        JsonNode run = MatchingRuns.run(3);
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        MatchingRuns.proposals(run).stream()
                .filter(p -> RECIPIENTS.contains(p.path("recipientState").asText())
                        && DONORS.contains(p.path("donor").asText()))
                .forEach(POOL::add);
        assertThat(POOL).as("proposals between demo accounts").hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    @Order(1)
    void onlyTheSecretariatEndorsesAProposedProposal() {
        JsonNode p = take("happy");
        String path = decisions(p);

        assertThat(recipient(p).post(path, Map.of("action", "ACCEPT")).status()).isEqualTo(409);
        ApiResponse early = donor(p).post(path, Map.of("action", "ACCEPT"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().path("detail").asText()).contains("PROPOSED").contains("endorsement");
        assertThat(donor(p).post(path, Map.of("action", "ENDORSE")).status()).isEqualTo(409);
        assertThat(otherRecipient(p).post(path, Map.of("action", "ACCEPT")).status())
                .isEqualTo(404);
        assertThat(otherDonor(p).post(path, Map.of("action", "ACCEPT")).status())
                .isEqualTo(404);
        assertThat(ApiClient.as("admin").post(path, Map.of("action", "ENDORSE")).status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous().post(path, Map.of("action", "ENDORSE")).status())
                .isEqualTo(401);
        assertThat(SECRETARIAT.post(path, Map.of("action", "APPROVE")).status()).isEqualTo(422);
        assertThat(SECRETARIAT.post(path, Map.of("action", "REJECT")).status()).isEqualTo(422);
        assertThat(SECRETARIAT
                        .post("/api/v1/proposals/999999999/decisions", Map.of("action", "ENDORSE"))
                        .status())
                .isEqualTo(404);
        ApiResponse stale = SECRETARIAT.post(
                path, Map.of("action", "ENDORSE", "version", p.path("version").asLong() + 7));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        ApiResponse endorsed = SECRETARIAT.post(
                path, Map.of("action", "ENDORSE", "version", p.path("version").asLong()));
        assertThat(endorsed.status()).as(endorsed.toString()).isEqualTo(200);
        assertThat(endorsed.json().path("state").asText()).isEqualTo("ENDORSED");
        assertThat(endorsed.json().path("version").asLong())
                .isGreaterThan(p.path("version").asLong());
        assertThat(SECRETARIAT.post(path, Map.of("action", "ENDORSE")).status()).isEqualTo(409);
        assertThat(SECRETARIAT.post(path, Map.of("action", "ACCEPT")).status())
                .as("the former ACCEPT is ENDORSE")
                .isEqualTo(409);

        JsonNode seen =
                recipient(p).get("/api/v1/proposals/" + p.path("id").asLong()).json();
        assertThat(seen.path("state").asText()).isEqualTo("ENDORSED");
        assertThat(seen.path("requestId").asLong())
                .isEqualTo(p.path("requestId").asLong());
        assertThat(seen.path("offerId").asLong()).isEqualTo(p.path("offerId").asLong());
        assertThat(seen.path("amountUsd").asLong())
                .isEqualTo(p.path("amountUsd").asLong());
        assertThat(seen.path("actions").toString()).contains("ACCEPT", "DECLINE");
        assertThat(otherRecipient(p)
                        .get("/api/v1/proposals/" + p.path("id").asLong())
                        .status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous()
                        .get("/api/v1/proposals/" + p.path("id").asLong())
                        .status())
                .isEqualTo(401);
    }

    @Test
    @Order(2)
    void whenBothPartiesHaveAcceptedItIsCommitted() {
        JsonNode p = USED.get("happy");
        String path = decisions(p);
        String requestPath = "/api/v1/requests/" + p.path("requestId").asLong();

        ApiResponse byRecipient = recipient(p).post(path, Map.of("action", "ACCEPT"));
        assertThat(byRecipient.status()).as(byRecipient.toString()).isEqualTo(200);
        assertThat(byRecipient.json().path("state").asText()).isEqualTo("RECIPIENT_ACCEPTED");
        assertThat(recipient(p).post(path, Map.of("action", "ACCEPT")).status()).isEqualTo(409);
        assertThat(otherDonor(p).post(path, Map.of("action", "ACCEPT")).status())
                .isEqualTo(404);
        assertThat(SECRETARIAT.post(path, Map.of("action", "START")).status()).isEqualTo(409);

        String mine = "\"proposalId\":" + p.path("id").asLong() + ",";
        assertThat(list(donor(p).get("/api/v1/inbox?size=200").json().path("items")))
                .anySatisfy(e -> assertThat(e.toString()).contains(mine).contains("DECISION_NEEDED"));
        assertThat(list(recipient(p).get("/api/v1/inbox?size=200").json().path("items")))
                .as("the recipient's own acceptance needs nothing more from it")
                .noneSatisfy(e -> assertThat(e.toString()).contains(mine).contains("RECIPIENT_ACCEPTED"));
        assertThat(list(otherDonor(p).get("/api/v1/inbox?size=200").json().path("items")))
                .noneSatisfy(e -> assertThat(e.toString()).contains(mine));
        assertThat(ApiClient.anonymous().get("/api/v1/inbox").status()).isEqualTo(401);
        assertThat(ApiClient.as("admin").get("/api/v1/inbox").status()).isEqualTo(403);

        ApiResponse byDonor = donor(p).post(
                        path,
                        Map.of(
                                "action",
                                "ACCEPT",
                                "version",
                                byRecipient.json().path("version").asLong()));
        assertThat(byDonor.status()).as(byDonor.toString()).isEqualTo(200);
        assertThat(byDonor.json().path("state").asText()).isEqualTo("COMMITTED");
        long commitmentId = byDonor.json().path("commitmentId").asLong();
        assertThat(commitmentId).isPositive();

        JsonNode commitment =
                SECRETARIAT.get("/api/v1/commitments/" + commitmentId).json();
        assertThat(commitment.path("source").asText()).isEqualTo("PLATFORM");
        assertThat(commitment.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(commitment.path("amountUsd").asLong())
                .isEqualTo(p.path("amountUsd").asLong());
        assertThat(commitment.path("proposalId").asLong())
                .isEqualTo(p.path("id").asLong());
        assertThat(recipient(p).get("/api/v1/commitments/" + commitmentId).status())
                .isEqualTo(200);
        assertThat(donor(p).get("/api/v1/commitments/" + commitmentId).status()).isEqualTo(200);
        assertThat(otherRecipient(p).get("/api/v1/commitments/" + commitmentId).status())
                .isEqualTo(404);
        assertThat(otherDonor(p).get("/api/v1/commitments/" + commitmentId).status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous()
                        .get("/api/v1/commitments/" + commitmentId)
                        .status())
                .isEqualTo(401);

        JsonNode request = SECRETARIAT.get(requestPath).json();
        assertThat(request.path("status").asText()).isIn("PARTIALLY_FUNDED", "FUNDED");
        if (p.path("amountUsd").asLong() == p.path("requestedUsd").asLong()) {
            assertThat(request.path("status").asText()).isEqualTo("FUNDED");
        }
        if (request.path("status").asText().equals("PARTIALLY_FUNDED")) { // a funded request leaves the open problem
            assertThat(SECRETARIAT
                            .get("/api/v1/matching/problem")
                            .json()
                            .path("commitments")
                            .toString())
                    .contains("\"R-" + p.path("requestId").asLong() + "\"");
        }
        assertThat(list(SECRETARIAT.get("/api/v1/inbox?size=200").json().path("items")))
                .anySatisfy(e -> assertThat(e.toString())
                        .contains(mine)
                        .contains("STATE_CHANGED")
                        .contains("COMMITTED"));

        List<JsonNode> history =
                list(SECRETARIAT.get(path.replace("/decisions", "/history")).json());
        assertThat(history)
                .extracting(h -> h.path("action").asText() + " "
                        + h.path("fromState").asText() + ">" + h.path("toState").asText() + " "
                        + h.path("party").asText() + " " + h.path("decidedBy").asText())
                .containsExactly(
                        "ENDORSE PROPOSED>ENDORSED SECRETARIAT secretariat",
                        "ACCEPT ENDORSED>RECIPIENT_ACCEPTED RECIPIENT recipient."
                                + p.path("recipientState").asText(),
                        "ACCEPT RECIPIENT_ACCEPTED>COMMITTED DONOR donor."
                                + p.path("donor").asText());
        assertThat(history)
                .allSatisfy(h -> assertThat(h.path("decidedAt").asText()).endsWith("Z"));
    }

    @Test
    @Order(3)
    void theHistoryIsReadByThoseItConcernsAndNeverChanged() {
        JsonNode p = USED.get("happy");
        String history = "/api/v1/proposals/" + p.path("id").asLong() + "/history";

        assertThat(recipient(p).get(history).status()).isEqualTo(200);
        assertThat(donor(p).get(history).status()).isEqualTo(200);
        assertThat(otherRecipient(p).get(history).status()).isEqualTo(404);
        assertThat(otherDonor(p).get(history).status()).isEqualTo(404);
        assertThat(ApiClient.anonymous().get(history).status()).isEqualTo(401);
        assertThat(SECRETARIAT.delete(history).status()).isEqualTo(405);
        assertThat(SECRETARIAT.put(history, Map.of()).status()).isEqualTo(405);
        assertThat(SECRETARIAT.post(history, Map.of()).status()).isEqualTo(405);

        List<JsonNode> mine =
                list(recipient(p).get("/api/v1/decisions?size=200").json().path("items"));
        assertThat(mine)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(recipient(p)
                                .get("/api/v1/proposals/" + d.path("proposalId").asLong())
                                .status())
                        .isEqualTo(200));
        List<JsonNode> proposals =
                list(recipient(p).get("/api/v1/proposals?size=200").json().path("items"));
        assertThat(proposals)
                .isNotEmpty()
                .allSatisfy(x -> assertThat(x.path("recipientState").asText())
                        .isEqualTo(p.path("recipientState").asText()));
        assertThat(list(donor(p).get("/api/v1/proposals?size=200").json().path("items")))
                .allSatisfy(x -> assertThat(x.path("donor").asText())
                        .isEqualTo(p.path("donor").asText()));
    }

    @Test
    @Order(4)
    void progressStartsAndCompletesImplementation() {
        JsonNode p = USED.get("happy");
        long commitmentId = SECRETARIAT
                .get("/api/v1/proposals/" + p.path("id").asLong())
                .json()
                .path("commitmentId")
                .asLong();
        String path = "/api/v1/commitments/" + commitmentId;
        JsonNode commitment = SECRETARIAT.get(path).json();
        long amount = commitment.path("amountUsd").asLong();
        long version = commitment.path("version").asLong();
        Map<String, Object> report = new HashMap<>(Map.of(
                "disbursedUsd",
                amount / 2,
                "progressPercent",
                40,
                "plannedOutputs",
                "12 marking machines installed; 40 officers trained",
                "achievedOutputs",
                "5 machines installed",
                "version",
                version));

        assertThat(SECRETARIAT.put(path + "/progress", report).status()).isEqualTo(403);
        assertThat(otherDonor(p).put(path + "/progress", report).status()).isEqualTo(404);
        assertThat(otherRecipient(p).put(path + "/progress", report).status()).isEqualTo(404);
        assertThat(ApiClient.anonymous().put(path + "/progress", report).status())
                .isEqualTo(401);
        ApiResponse invalid =
                recipient(p).put(path + "/progress", Map.of("disbursedUsd", amount + 1, "progressPercent", 101));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).contains("disbursedUsd", "progressPercent", "version");

        ApiResponse started = recipient(p).put(path + "/progress", report);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().path("status").asText()).isEqualTo("IMPLEMENTING");
        assertThat(started.json().path("proposalState").asText()).isEqualTo("IMPLEMENTING");
        assertThat(started.json().path("disbursedUsd").asLong()).isEqualTo(amount / 2);
        assertThat(started.json().path("progressPercent").asInt()).isEqualTo(40);
        assertThat(donor(p).get(path).json().path("achievedOutputs").asText()).isEqualTo("5 machines installed");
        assertThat(donor(p).put(path + "/progress", report).status())
                .as("stale version")
                .isEqualTo(409);

        Map<String, Object> done = new HashMap<>(report);
        done.putAll(Map.of(
                "disbursedUsd",
                amount,
                "progressPercent",
                100,
                "completed",
                true,
                "version",
                started.json().path("version").asLong()));
        ApiResponse noResults = donor(p).put(path + "/progress", done);
        assertThat(noResults.status()).isEqualTo(422);
        assertThat(noResults.body()).contains("completionDate", "resultsStatement");
        done.putAll(Map.of("completionDate", "2027-11-30", "resultsStatement", "All weapons of the police marked."));
        ApiResponse completed = donor(p).put(path + "/progress", done);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
        assertThat(completed.json().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.json().path("proposalState").asText()).isEqualTo("COMPLETED");
        assertThat(completed.json().path("completionDate").asText()).isEqualTo("2027-11-30");
        done.put("version", completed.json().path("version").asLong());
        assertThat(recipient(p).put(path + "/progress", done).status()).isEqualTo(409);
        assertThat(SECRETARIAT
                        .post(decisions(p), Map.of("action", "CANCEL", "reason", "late"))
                        .status())
                .isEqualTo(409);

        List<JsonNode> history = list(SECRETARIAT
                .get("/api/v1/proposals/" + p.path("id").asLong() + "/history")
                .json());
        assertThat(history).hasSize(5);
        assertThat(history.get(3).path("action").asText()).isEqualTo("START");
        assertThat(history.get(3).path("party").asText()).isEqualTo("RECIPIENT");
        assertThat(history.get(4).path("action").asText()).isEqualTo("COMPLETE");
        assertThat(history.get(4).path("toState").asText()).isEqualTo("COMPLETED");
        assertThat(history.get(4).path("reason").asText()).isEqualTo("All weapons of the police marked.");
    }

    @Test
    @Order(5)
    void theRecipientStateMayDeclineWithAReason() {
        JsonNode p = endorsed(take("declined"));
        String path = decisions(p);

        assertThat(donor(p).post(path, Map.of("action", "ACCEPT"))
                        .json()
                        .path("state")
                        .asText())
                .isEqualTo("DONOR_ACCEPTED");
        assertThat(recipient(p).post(path, Map.of("action", "DECLINE")).status())
                .isEqualTo(422);
        assertThat(SECRETARIAT
                        .post(path, Map.of("action", "DECLINE", "reason", "x"))
                        .status())
                .isEqualTo(409);
        ApiResponse declined = recipient(p)
                .post(path, Map.of("action", "DECLINE", "reason", "Covered by the national budget for 2027."));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().path("state").asText()).isEqualTo("DECLINED");
        assertThat(declined.json().path("reason").asText()).isEqualTo("Covered by the national budget for 2027.");
        assertThat(donor(p).post(path, Map.of("action", "ACCEPT")).status()).isEqualTo(409);
        assertThat(SECRETARIAT
                        .get("/api/v1/matching/problem")
                        .json()
                        .path("rejections")
                        .toString())
                .contains("{\"requestId\":\"R-" + p.path("requestId").asLong() + "\",\"offerId\":\"O-"
                        + p.path("offerId").asLong() + "\"}");
    }

    @Test
    @Order(6)
    void aCommitmentCanBeCancelledAndTheRequestFollows() {
        JsonNode p = endorsed(take("cancelled"));
        String path = decisions(p);
        String requestPath = "/api/v1/requests/" + p.path("requestId").asLong();
        String before = SECRETARIAT.get(requestPath).json().path("status").asText();

        assertThat(donor(p).post(path, Map.of("action", "ACCEPT")).status()).isEqualTo(200);
        assertThat(recipient(p)
                        .post(path, Map.of("action", "ACCEPT"))
                        .json()
                        .path("state")
                        .asText())
                .isEqualTo("COMMITTED");
        assertThat(SECRETARIAT
                        .post(path, Map.of("action", "REJECT", "reason", "too late"))
                        .status())
                .isEqualTo(409);
        assertThat(recipient(p)
                        .post(path, Map.of("action", "DECLINE", "reason", "too late"))
                        .status())
                .isEqualTo(409);
        assertThat(donor(p).post(path, Map.of("action", "START"))
                        .json()
                        .path("state")
                        .asText())
                .isEqualTo("IMPLEMENTING");
        assertThat(donor(p).post(path, Map.of("action", "CANCEL")).status()).isEqualTo(422);
        assertThat(otherDonor(p)
                        .post(path, Map.of("action", "CANCEL", "reason", "x"))
                        .status())
                .isEqualTo(404);
        ApiResponse cancelled = donor(p).post(path, Map.of("action", "CANCEL", "reason", "Programme suspended."));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().path("state").asText()).isEqualTo("CANCELLED");
        JsonNode commitment = SECRETARIAT
                .get("/api/v1/commitments/"
                        + cancelled.json().path("commitmentId").asLong())
                .json();
        assertThat(commitment.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(SECRETARIAT.get(requestPath).json().path("status").asText()).isEqualTo(before);
        assertThat(donor(p).post(path, Map.of("action", "COMPLETE")).status()).isEqualTo(409);
    }

    @Test
    @Order(7)
    void ofTwoSimultaneousDecisionsOneWinsAndOnlyItIsRecorded() throws Exception {
        JsonNode p = endorsed(take("concurrent"));
        long version = p.path("version").asLong();
        String path = decisions(p);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ApiResponse> a = pool.submit(() -> {
                go.await();
                return recipient(p).post(path, Map.of("action", "ACCEPT", "version", version));
            });
            Future<ApiResponse> b = pool.submit(() -> {
                go.await();
                return donor(p).post(path, Map.of("action", "ACCEPT", "version", version));
            });
            go.countDown();
            List<Integer> statuses = List.of(a.get().status(), b.get().status());
            assertThat(statuses).as(a.get() + " / " + b.get()).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        JsonNode now =
                SECRETARIAT.get("/api/v1/proposals/" + p.path("id").asLong()).json();
        assertThat(now.path("state").asText()).isIn("RECIPIENT_ACCEPTED", "DONOR_ACCEPTED");
        List<JsonNode> history =
                list(SECRETARIAT.get(path.replace("/decisions", "/history")).json());
        assertThat(history).hasSize(2);
        assertThat(history.get(1).path("toState").asText())
                .isEqualTo(now.path("state").asText());
    }

    @Test
    @Order(8)
    void aTargetShowsWhatServesItAndTheDashboardFollowsCommitments() {
        JsonNode p = endorsed(takeEditable("dashboard"));
        String state = p.path("recipientState").asText();
        ApiResponse target = recipient(p)
                .post(
                        "/api/v1/targets",
                        Map.of(
                                "description",
                                "Trace 60 % of seized weapons by 2030",
                                "indicator",
                                "SDG 16.4.2",
                                "baselineValue",
                                20,
                                "targetValue",
                                60,
                                "targetYear",
                                2030));
        assertThat(target.status()).as(target.toString()).isEqualTo(201);
        assertThat(target.json().path("state").asText()).isEqualTo(state);
        long targetId = target.json().path("id").asLong();
        String requestPath = "/api/v1/requests/" + p.path("requestId").asLong();
        Map<String, Object> request =
                ApiClient.asMap(SECRETARIAT.get(requestPath).json());
        request.put("targetId", targetId);
        request.put("genderMarker", "HIGH");
        ApiResponse badMarker = SECRETARIAT.put(requestPath, request);
        assertThat(badMarker.status()).as(badMarker.toString()).isEqualTo(422);
        assertThat(badMarker.body()).contains("genderMarker").contains("PRINCIPAL");
        assertThat(SECRETARIAT.get(requestPath).json().path("genderMarker").isNull())
                .as("not screened yet")
                .isTrue();
        JsonNode unmarked = SECRETARIAT.get("/api/v1/dashboard").json();
        request.put("genderMarker", "PRINCIPAL");
        ApiResponse linked = SECRETARIAT.put(requestPath, request);
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(linked.json().path("targetId").asLong()).isEqualTo(targetId);
        assertThat(linked.json().path("genderMarker").asText()).isEqualTo("PRINCIPAL");

        JsonNode before = SECRETARIAT.get("/api/v1/dashboard").json();
        // the marker set above counts the request as screened and targeting gender, with its requested USD
        assertThat(before.path("gender").path("principalRequests").asInt()
                        - unmarked.path("gender").path("principalRequests").asInt())
                .isEqualTo(1);
        assertThat(before.path("gender").path("screenedRequests").asInt()
                        - unmarked.path("gender").path("screenedRequests").asInt())
                .isEqualTo(1);
        assertThat(before.path("gender").path("targetedRequestedUsd").asLong()
                        - unmarked.path("gender").path("targetedRequestedUsd").asLong())
                .isEqualTo(linked.json().path("amountUsd").asLong());
        recipient(p).post(decisions(p), Map.of("action", "ACCEPT"));
        JsonNode committed =
                donor(p).post(decisions(p), Map.of("action", "ACCEPT")).json();
        assertThat(committed.path("state").asText()).isEqualTo("COMMITTED");
        String commitmentPath =
                "/api/v1/commitments/" + committed.path("commitmentId").asLong();
        long version = SECRETARIAT.get(commitmentPath).json().path("version").asLong();
        assertThat(donor(p).put(
                                commitmentPath + "/progress",
                                Map.of("disbursedUsd", 1000, "progressPercent", 5, "version", version))
                        .status())
                .isEqualTo(200);
        JsonNode after = SECRETARIAT.get("/api/v1/dashboard").json();

        long amount = p.path("amountUsd").asLong();
        assertThat(after.path("totals").path("committedUsd").asLong()
                        - before.path("totals").path("committedUsd").asLong())
                .isEqualTo(amount);
        assertThat(after.path("totals").path("disbursedUsd").asLong()
                        - before.path("totals").path("disbursedUsd").asLong())
                .isEqualTo(1000);
        assertThat(after.path("totals").path("requestedUsd").asLong())
                .isEqualTo(before.path("totals").path("requestedUsd").asLong());
        String area = linked.json().path("area").asText();
        assertThat(committedIn(after.path("byArea"), area) - committedIn(before.path("byArea"), area))
                .isEqualTo(amount);
        String region = linked.json().path("region").asText();
        assertThat(committedIn(after.path("byRegion"), region) - committedIn(before.path("byRegion"), region))
                .isEqualTo(amount);
        String year = linked.json().path("start").asText().substring(0, 4);
        assertThat(committedIn(after.path("byYear"), year) - committedIn(before.path("byYear"), year))
                .isEqualTo(amount);
        assertThat(after.path("medianDaysMatchToCommitment").isNumber()).isTrue();
        assertThat(after.path("medianDaysSubmissionToMatch").isNumber()).isTrue();
        assertThat(after.path("requestsMatchedShare").asDouble())
                .isBetween(0.0, 1.0)
                .isPositive();
        assertThat(after.path("offersUsedShare").asDouble()).isBetween(0.0, 1.0).isPositive();
        assertThat(after.path("gender").path("targetedCommittedUsd").asLong()
                        - before.path("gender").path("targetedCommittedUsd").asLong())
                .isEqualTo(amount);

        JsonNode report = recipient(p).get("/api/v1/targets/" + targetId).json();
        assertThat(report.path("target").path("indicator").asText()).isEqualTo("SDG 16.4.2");
        assertThat(report.path("requests").toString())
                .contains("\"id\":" + p.path("requestId").asLong());
        assertThat(report.path("commitments").toString())
                .contains("\"id\":" + committed.path("commitmentId").asLong());
        assertThat(report.path("disbursedUsd").asLong()).isEqualTo(1000);
        assertThat(report.path("committedUsd").asLong()).isEqualTo(amount);

        assertThat(recipient(p).get("/api/v1/dashboard").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous().get("/api/v1/dashboard").status()).isEqualTo(401);
        ApiResponse published = ApiClient.anonymous().get("/api/v1/public/dashboard");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("publishedOnly").asBoolean()).isTrue();
        assertThat(published.json().path("totals").path("requestedUsd").asLong())
                .isLessThanOrEqualTo(after.path("totals").path("requestedUsd").asLong());
    }

    @Test
    @Order(9)
    void theNextRunKeepsEndorsedProposalsAndNeverProposesADeclinedPair() {
        JsonNode declined = USED.get("declined");
        JsonNode kept = USED.get("concurrent");
        JsonNode open = take("superseded");
        String keptState = SECRETARIAT
                .get("/api/v1/proposals/" + kept.path("id").asLong())
                .json()
                .path("state")
                .asText();

        JsonNode run = MatchingRuns.run(3);

        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.path("pinnedCount").asInt()).isPositive();
        List<JsonNode> next = MatchingRuns.proposals(run);
        assertThat(next).noneSatisfy(x -> assertThat(pair(x)).isEqualTo(pair(declined)));
        assertThat(next).noneSatisfy(x -> assertThat(pair(x)).isEqualTo(pair(kept)));
        JsonNode keptNow =
                SECRETARIAT.get("/api/v1/proposals/" + kept.path("id").asLong()).json();
        assertThat(keptNow.path("state").asText()).isEqualTo(keptState);
        assertThat(SECRETARIAT
                        .get("/api/v1/proposals/" + open.path("id").asLong())
                        .json()
                        .path("state")
                        .asText())
                .isEqualTo("SUPERSEDED");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static JsonNode take(String purpose) {
        assertThat(POOL).as("proposals left for " + purpose).isNotEmpty();
        JsonNode p = POOL.remove(0);
        USED.put(purpose, p);
        return p;
    }

    /** A proposal whose request is still VALIDATED (editable: it can be linked to a target). */
    private static JsonNode takeEditable(String purpose) {
        JsonNode p = POOL.stream()
                .filter(x -> SECRETARIAT
                        .get("/api/v1/requests/" + x.path("requestId").asLong())
                        .json()
                        .path("status")
                        .asText()
                        .equals("VALIDATED"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no proposal left with a VALIDATED request for " + purpose));
        POOL.remove(p);
        USED.put(purpose, p);
        return p;
    }

    private static JsonNode endorsed(JsonNode p) {
        ApiResponse endorsed = SECRETARIAT.post(decisions(p), Map.of("action", "ENDORSE"));
        assertThat(endorsed.status()).as(endorsed.toString()).isEqualTo(200);
        return endorsed.json();
    }

    private static String decisions(JsonNode p) {
        return "/api/v1/proposals/" + p.path("id").asLong() + "/decisions";
    }

    private static long committedIn(JsonNode groups, String key) {
        for (JsonNode g : groups) {
            if (g.path("key").asText().equals(key)) {
                return g.path("committedUsd").asLong();
            }
        }
        return 0;
    }

    private static String pair(JsonNode p) {
        return p.path("requestId").asLong() + "|" + p.path("offerId").asLong();
    }

    private static ApiClient recipient(JsonNode p) {
        return ApiClient.as("recipient." + p.path("recipientState").asText());
    }

    private static ApiClient otherRecipient(JsonNode p) {
        return ApiClient.as("recipient."
                + RECIPIENTS.stream()
                        .filter(s -> !s.equals(p.path("recipientState").asText()))
                        .sorted()
                        .findFirst()
                        .orElseThrow());
    }

    private static ApiClient donor(JsonNode p) {
        return ApiClient.as("donor." + p.path("donor").asText());
    }

    private static ApiClient otherDonor(JsonNode p) {
        return ApiClient.as("donor."
                + DONORS.stream()
                        .filter(s -> !s.equals(p.path("donor").asText()))
                        .sorted()
                        .findFirst()
                        .orElseThrow());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
