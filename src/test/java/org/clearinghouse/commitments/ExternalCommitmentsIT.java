package org.clearinghouse.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.MatchingRuns;
import org.clearinghouse.testsupport.TestMailServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Funding through other mechanisms over HTTP: recording and listing with the object rules, and the solver counting
 * it; a donor's record is a claim that counts only once Niger (or the secretariat) confirms it (issue 12 §2). Two Tongan requests (new technologies, funding) with one generous offer only for them: one funded in full
 * elsewhere, one in part.
 */
class ExternalCommitmentsIT {

    private static final String PROBLEM = """
            {"formatVersion": 1,
             "requests": [
               {"id": "EXT-FULL", "state": "TON", "region": "OCEANIA", "area": "NEW_TECHNOLOGIES", "type": "FUNDING",
                "amountUsd": 100000, "divisible": true, "priority": 1, "start": "2027-02", "end": "2027-09"},
               {"id": "EXT-PART", "state": "TON", "region": "OCEANIA", "area": "NEW_TECHNOLOGIES", "type": "FUNDING",
                "amountUsd": 200000, "divisible": true, "priority": 1, "start": "2027-02", "end": "2027-09"}],
             "offers": [
               {"id": "EXT-O", "donor": "AU", "areas": ["NEW_TECHNOLOGIES"], "types": ["FUNDING"], "capacityUsd": 1000000,
                "regions": ["OCEANIA"], "excludedStates": [], "maxPerRequestUsd": null, "start": "2027-01", "end": "2027-12"}]}
            """;

    /** Two requests of Niger (a State with a demo recipient account) for the claims: 100,000 and 50,000 USD. */
    private static final String CLAIMED_PROBLEM = """
            {"formatVersion": 1,
             "requests": [
               {"id": "CLAIM-A", "state": "NER", "region": "AFRICA", "area": "NEW_TECHNOLOGIES", "type": "FUNDING",
                "amountUsd": 100000, "divisible": true, "priority": 2, "start": "2027-02", "end": "2027-09"},
               {"id": "CLAIM-B", "state": "NER", "region": "AFRICA", "area": "NEW_TECHNOLOGIES", "type": "FUNDING",
                "amountUsd": 50000, "divisible": true, "priority": 3, "start": "2027-02", "end": "2027-09"},
               {"id": "CLAIM-C", "state": "NER", "region": "AFRICA", "area": "NEW_TECHNOLOGIES", "type": "FUNDING",
                "amountUsd": 50000, "divisible": true, "priority": 4, "start": "2027-02", "end": "2027-09"}],
             "offers": []}
            """;

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static final ApiClient GERMANY = ApiClient.as("donor.DEU");
    private static final ApiClient JAPAN = ApiClient.as("donor.JPN");
    private static final ApiClient NIGER = ApiClient.as("recipient.NER");
    private static final ApiClient MALI = ApiClient.as("recipient.MLI");
    private static final long MAIL_WAIT_MS = 20_000;

    @RegisterExtension
    static final TestMailServer SMTP = new TestMailServer();

    private static long fullyFunded;
    private static long partlyFunded;
    private static long claimedA;
    private static long claimedB;
    private static long claimedC;

    @BeforeAll
    static void importRequests() {
        ApiResponse imported = SECRETARIAT.postRaw("/api/v1/matching/problem", "application/json", PROBLEM);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        fullyFunded = Long.parseLong(
                imported.json().path("ids").path("EXT-FULL").asText().substring(2));
        partlyFunded = Long.parseLong(
                imported.json().path("ids").path("EXT-PART").asText().substring(2));
        ApiResponse claims = SECRETARIAT.postRaw("/api/v1/matching/problem", "application/json", CLAIMED_PROBLEM);
        assertThat(claims.status()).as(claims.toString()).isEqualTo(201);
        claimedA = Long.parseLong(
                claims.json().path("ids").path("CLAIM-A").asText().substring(2));
        claimedB = Long.parseLong(
                claims.json().path("ids").path("CLAIM-B").asText().substring(2));
        claimedC = Long.parseLong(
                claims.json().path("ids").path("CLAIM-C").asText().substring(2));
    }

    @Test
    void aDonorsClaimCountsOnlyOnceTheStateConfirmsIt() throws Exception {
        String french = frenchFocalPointOfNiger();
        assertThat(problemAmount(claimedA)).isEqualTo(100_000);

        ApiResponse over = GERMANY.post(
                "/api/v1/external-commitments", body("BILATERAL", "German claim (too much)", 100_001, claimedA));
        assertThat(over.status()).as(over.toString()).isEqualTo(422);
        assertThat(over.contentType()).startsWith("application/problem+json");
        assertThat(fields(over)).containsExactly("amountUsd");

        ApiResponse claimed = GERMANY.post(
                "/api/v1/external-commitments", body("BILATERAL", "German claim on Niger", 60_000, claimedA));
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(201);
        JsonNode claim = claimed.json();
        long id = claim.path("id").asLong();
        String path = "/api/v1/external-commitments/" + id;
        assertThat(claim.path("status").asText()).isEqualTo("CLAIMED");
        assertThat(problemAmount(claimedA))
                .as("a claim changes nothing in matching")
                .isEqualTo(100_000);

        // the State is told: inbox and e-mail, each in the reader's language
        assertThat(NIGER.get("/api/v1/inbox?size=200").json().path("items")).anySatisfy(e -> {
            assertThat(e.path("kind").asText()).isEqualTo("FUNDING_CLAIMED");
            assertThat(e.path("requestId").asLong()).isEqualTo(claimedA);
        });
        assertThat(awaitMail("recipient.ner@example.org", "(record " + id + ")").getSubject())
                .isEqualTo("Clearinghouse: a donor claims funding for your State (record " + id + ")");
        assertThat(awaitMail(french + "@example.org", "(enregistrement " + id + ")")
                        .getSubject())
                .isEqualTo("Clearinghouse : un donateur déclare un financement pour votre État (enregistrement " + id
                        + ")");

        // who may not know of it learns nothing; who knows but may not decide is refused
        for (ApiClient stranger : List.of(JAPAN, MALI)) {
            assertThat(stranger.get(path).status()).isEqualTo(404);
            assertThat(stranger.get(path + "/history").status()).isEqualTo(404);
            assertThat(stranger.post(path + "/confirm", Map.of()).status()).isEqualTo(404);
            assertThat(stranger.post(path + "/dispute", Map.of("reason", "x")).status())
                    .isEqualTo(404);
        }
        assertThat(GERMANY.post(path + "/confirm", Map.of()).status())
                .as("a donor does not confirm its own claim")
                .isEqualTo(403);
        assertThat(ApiClient.as("admin").post(path + "/confirm", Map.of()).status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous().post(path + "/confirm", Map.of()).status())
                .isEqualTo(401);
        assertThat(NIGER.post(
                                path + "/confirm",
                                Map.of("version", claim.path("version").asLong() + 3))
                        .status())
                .as("stale version")
                .isEqualTo(409);
        assertThat(problemAmount(claimedA)).isEqualTo(100_000);

        ApiResponse confirmed = NIGER.post(
                path + "/confirm", Map.of("version", claim.path("version").asLong()));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.json().path("decidedBy").asText()).isEqualTo("recipient.NER");
        assertThat(problemAmount(claimedA)).as("confirmed: counted").isEqualTo(40_000);
        assertThat(NIGER.post(path + "/confirm", Map.of()).status())
                .as("confirmed once")
                .isEqualTo(409);
        assertThat(JAPAN.get(path).status())
                .as("what counts is known to all donors")
                .isEqualTo(200);
        assertThat(GERMANY.delete(path).status())
                .as("the State relies on it now: only the secretariat removes it")
                .isEqualTo(403);
        assertThat(GERMANY.get("/api/v1/inbox?size=200").json().path("items"))
                .anySatisfy(e -> assertThat(e.path("kind").asText()).isEqualTo("FUNDING_CONFIRMED"));

        JsonNode history = NIGER.get(path + "/history").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("action").asText()).isEqualTo("CLAIMED");
        assertThat(history.get(0).path("by").asText()).isEqualTo("donor.DEU");
        assertThat(history.get(0).path("party").asText()).isEqualTo("DONOR");
        assertThat(history.get(1).path("action").asText()).isEqualTo("CONFIRMED");
        assertThat(history.get(1).path("by").asText()).isEqualTo("recipient.NER");
        assertThat(history.get(1).path("party").asText()).isEqualTo("RECIPIENT");
        assertThat(history.get(1).path("at").asText()).endsWith("Z");
        assertThat(GERMANY.get(path + "/history").json()).hasSize(2);

        // what is left is 40,000: more is refused, and of two claims that each fit only one can be confirmed
        ApiResponse tooMuch = GERMANY.post(
                "/api/v1/external-commitments",
                body("BILATERAL", "German claim (over what is left)", 40_001, claimedA));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(fields(tooMuch)).containsExactly("amountUsd");
        long first = GERMANY.post("/api/v1/external-commitments", body("OTHER", "First of two", 40_000, claimedA))
                .json()
                .path("id")
                .asLong();
        long second = JAPAN.post("/api/v1/external-commitments", body("OTHER", "Second of two", 40_000, claimedA))
                .json()
                .path("id")
                .asLong();
        assertThat(SECRETARIAT
                        .post("/api/v1/external-commitments/" + first + "/confirm", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(problemAmount(claimedA)).as("nothing left").isEqualTo(-1);
        ApiResponse secondConfirmed = NIGER.post("/api/v1/external-commitments/" + second + "/confirm", Map.of());
        assertThat(secondConfirmed.status()).as(secondConfirmed.toString()).isEqualTo(409);
        assertThat(secondConfirmed.body()).contains("still needs");
    }

    /**
     * The State and the secretariat confirm, at the same moment, two claims that each fit what a request still needs
     * but not both: one is confirmed, the other is 409, and the request is never funded twice (three rounds).
     */
    @Test
    void twoConfirmationsAtOnceNeverFundARequestTwice() throws Exception {
        long need = problemAmount(claimedC);
        assertThat(need).isEqualTo(50_000);
        for (int round = 0; round < 3; round++) {
            long each = need / 2 + 1;
            long first = GERMANY.post(
                            "/api/v1/external-commitments", body("OTHER", "At once A" + round, each, claimedC))
                    .json()
                    .path("id")
                    .asLong();
            long second = JAPAN.post("/api/v1/external-commitments", body("OTHER", "At once B" + round, each, claimedC))
                    .json()
                    .path("id")
                    .asLong();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch go = new CountDownLatch(1);
                Future<ApiResponse> byState = pool.submit(() -> {
                    go.await();
                    return NIGER.post("/api/v1/external-commitments/" + first + "/confirm", Map.of());
                });
                Future<ApiResponse> bySecretariat = pool.submit(() -> {
                    go.await();
                    return SECRETARIAT.post("/api/v1/external-commitments/" + second + "/confirm", Map.of());
                });
                go.countDown();
                assertThat(List.of(
                                byState.get(60, TimeUnit.SECONDS).status(),
                                bySecretariat.get(60, TimeUnit.SECONDS).status()))
                        .as("round " + round)
                        .containsExactlyInAnyOrder(200, 409);
            } finally {
                pool.shutdownNow();
            }
            long left = problemAmount(claimedC);
            assertThat(left).as("round " + round + ": one claim counted").isEqualTo(need - each);
            need = left;
        }
    }

    @Test
    void aDisputedClaimIsNotCountedAndItsReasonIsKept() {
        JsonNode claim = GERMANY.post(
                        "/api/v1/external-commitments",
                        body("REGIONAL_FUND", "German claim to dispute", 30_000, claimedB))
                .json();
        String path = "/api/v1/external-commitments/" + claim.path("id").asLong();
        assertThat(problemAmount(claimedB)).isEqualTo(50_000);

        ApiResponse noReason = NIGER.post(path + "/dispute", Map.of("reason", "  "));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(422);
        assertThat(fields(noReason)).containsExactly("reason");
        assertThat(GERMANY.post(path + "/dispute", Map.of("reason", "mine")).status())
                .isEqualTo(403);

        ApiResponse disputed = NIGER.post(path + "/dispute", Map.of("reason", "No such grant was ever signed."));
        assertThat(disputed.status()).as(disputed.toString()).isEqualTo(200);
        assertThat(disputed.json().path("status").asText()).isEqualTo("DISPUTED");
        assertThat(problemAmount(claimedB)).as("disputed: not counted").isEqualTo(50_000);
        assertThat(NIGER.post(path + "/dispute", Map.of("reason", "again")).status())
                .isEqualTo(409);

        JsonNode read = GERMANY.get(path).json();
        assertThat(read.path("disputeReason").asText()).isEqualTo("No such grant was ever signed.");
        assertThat(read.path("decidedBy").asText()).isEqualTo("recipient.NER");
        assertThat(JAPAN.get(path).status())
                .as("a dispute stays between the parties")
                .isEqualTo(404);
        JsonNode history = SECRETARIAT.get(path + "/history").json();
        assertThat(history).hasSize(2);
        assertThat(history.get(1).path("action").asText()).isEqualTo("DISPUTED");
        assertThat(history.get(1).path("reason").asText()).isEqualTo("No such grant was ever signed.");
        assertThat(GERMANY.get("/api/v1/inbox?size=200").json().path("items"))
                .anySatisfy(e -> assertThat(e.path("kind").asText()).isEqualTo("FUNDING_DISPUTED"));

        assertThat(GERMANY.delete(path).status())
                .as("a donor withdraws its disputed claim")
                .isEqualTo(204);
    }

    @Test
    void theSolverCountsExternalFundingOfARequest() {
        assertThat(problemAmount(fullyFunded)).isEqualTo(100_000);
        ApiResponse full = SECRETARIAT.post(
                "/api/v1/external-commitments", body("UNSCAR", "UNSCAR call 2026", 100_000, fullyFunded));
        ApiResponse part = SECRETARIAT.post(
                "/api/v1/external-commitments", body("BILATERAL", "Australian bilateral aid", 150_000, partlyFunded));
        assertThat(full.status()).as(full.toString()).isEqualTo(201);
        assertThat(part.status()).as(part.toString()).isEqualTo(201);
        assertThat(full.json().path("state").asText()).isEqualTo("TON"); // taken from the request
        assertThat(full.json().path("area").asText()).isEqualTo("NEW_TECHNOLOGIES");

        assertThat(problemAmount(fullyFunded)).as("left out of the problem").isEqualTo(-1);
        assertThat(problemAmount(partlyFunded)).isEqualTo(50_000);

        JsonNode run = finished(SECRETARIAT.post("/api/v1/matching/runs", Map.of("timeLimitSeconds", 3)));
        assertThat(run.path("status").asText()).isEqualTo("COMPLETED");
        List<JsonNode> proposals = MatchingRuns.proposals(run);
        assertThat(proposals)
                .noneSatisfy(p -> assertThat(p.path("requestId").asLong()).isEqualTo(fullyFunded));
        long toPart = proposals.stream()
                .filter(p -> p.path("requestId").asLong() == partlyFunded)
                .mapToLong(p -> p.path("amountUsd").asLong())
                .sum();
        assertThat(toPart)
                .as("what is left of the partly funded request")
                .isPositive()
                .isLessThanOrEqualTo(50_000);
    }

    @Test
    void donorsRecordTheirOwnFundingOnlyAndRecipientsSeeTheirStates() {
        Map<String, Object> own = body("BILATERAL", "German bilateral programme", 40_000, null);
        own.put("state", "NER");
        own.put("area", "GENDER");
        ApiResponse byDonor = ApiClient.as("donor.DEU").post("/api/v1/external-commitments", own);
        ApiResponse forOther =
                ApiClient.as("donor.DEU").post("/api/v1/external-commitments", with(own, "donor", "JPN"));
        ApiResponse byRecipient = ApiClient.as("recipient.NER").post("/api/v1/external-commitments", own);
        ApiResponse anonymous = ApiClient.anonymous().post("/api/v1/external-commitments", own);

        assertThat(byDonor.status()).as(byDonor.toString()).isEqualTo(201);
        assertThat(byDonor.json().path("donor").asText()).isEqualTo("DEU");
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(byRecipient.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        long id = byDonor.json().path("id").asLong();

        assertThat(SECRETARIAT.get("/api/v1/external-commitments?state=NER").json())
                .anySatisfy(e -> assertThat(e.path("id").asLong()).isEqualTo(id));
        assertThat(SECRETARIAT.get("/api/v1/external-commitments?state=TON").json())
                .allSatisfy(e -> assertThat(e.path("state").asText()).isEqualTo("TON"));
        assertThat(ApiClient.as("recipient.NER")
                        .get("/api/v1/external-commitments")
                        .json())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.path("state").asText()).isEqualTo("NER"));
        assertThat(ApiClient.as("recipient.MLI")
                        .get("/api/v1/external-commitments?state=NER")
                        .json())
                .isEmpty();
        assertThat(ApiClient.as("recipient.MLI")
                        .get("/api/v1/external-commitments/" + id)
                        .status())
                .as("another State's claim: not known to Mali")
                .isEqualTo(404);
        assertThat(ApiClient.as("donor.JPN")
                        .get("/api/v1/external-commitments/" + id)
                        .status())
                .as("another donor's claim")
                .isEqualTo(404);
        assertThat(ApiClient.as("donor.JPN").get("/api/v1/external-commitments").json())
                .noneSatisfy(e -> assertThat(e.path("id").asLong()).isEqualTo(id));
        assertThat(ApiClient.as("donor.DEU")
                        .get("/api/v1/external-commitments/" + id)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("CLAIMED");
        assertThat(SECRETARIAT.get("/api/v1/external-commitments/999999").status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous().get("/api/v1/external-commitments").status())
                .isEqualTo(401);
    }

    @Test
    void aDonorDeletesOnlyItsOwnRecordsAndTheSecretariatAny() {
        Map<String, Object> own = body("BILATERAL", "Record made in error (delete test)", 12_345, null);
        own.put("state", "NER");
        own.put("area", "LEGISLATION");
        JsonNode german = ApiClient.as("donor.DEU")
                .post("/api/v1/external-commitments", own)
                .json();
        JsonNode bySecretariat =
                SECRETARIAT.post("/api/v1/external-commitments", own).json();
        String germanPath = "/api/v1/external-commitments/" + german.path("id").asLong();
        String secretariatPath =
                "/api/v1/external-commitments/" + bySecretariat.path("id").asLong();

        assertThat(ApiClient.as("donor.JPN").delete(germanPath).status())
                .as("another donor's claim: not known to Japan")
                .isEqualTo(404);
        assertThat(ApiClient.as("donor.DEU").delete(secretariatPath).status())
                .as("no donor recorded")
                .isEqualTo(403);
        assertThat(ApiClient.as("recipient.NER").delete(germanPath).status()).isEqualTo(403);
        assertThat(ApiClient.anonymous().delete(germanPath).status()).isEqualTo(401);
        ApiResponse stale = ApiClient.as("donor.DEU")
                .delete(germanPath + "?version=" + (german.path("version").asLong() + 5));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        assertThat(ApiClient.as("donor.DEU")
                        .delete(germanPath + "?version="
                                + german.path("version").asLong())
                        .status())
                .isEqualTo(204);
        assertThat(SECRETARIAT.delete(secretariatPath).status()).isEqualTo(204);
        assertThat(SECRETARIAT.get(germanPath).status()).isEqualTo(404);
        assertThat(SECRETARIAT.get(secretariatPath).status()).isEqualTo(404);
        assertThat(SECRETARIAT.delete(secretariatPath).status()).isEqualTo(404);
    }

    @Test
    void badInputNamesEveryField() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("state", "XXX");
        bad.put("area", "SPACE");
        bad.put("amountUsd", 0);
        bad.put("start", "2027-13");
        bad.put("end", "2027-01");
        bad.put("source", "LOTTERY");

        ApiResponse response = SECRETARIAT.post("/api/v1/external-commitments", bad);
        ApiResponse wrongState = SECRETARIAT.post(
                "/api/v1/external-commitments", with(body("UNSCAR", "UNSCAR", 10_000, partlyFunded), "state", "NER"));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).contains("state", "area", "source", "start", "mechanismName", "amountUsd");
        assertThat(wrongState.status()).isEqualTo(422);
        assertThat(wrongState.body()).contains("requestId");
        assertThat(SECRETARIAT
                        .postRaw("/api/v1/external-commitments", "application/json", "{not json")
                        .status())
                .isEqualTo(400);
    }

    private static Map<String, Object> body(String source, String mechanism, long amount, Long requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amountUsd", amount);
        body.put("start", "2027-01");
        body.put("end", "2027-12");
        body.put("source", source);
        body.put("mechanismName", mechanism);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static List<String> fields(ApiResponse problem) {
        List<String> fields = new ArrayList<>();
        problem.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    /** A French-speaking account of Niger's focal point, with an e-mail address; its user name. */
    private static String frenchFocalPointOfNiger() {
        String username = "claims.fr." + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse created = ApiClient.as("admin")
                .post(
                        "/api/v1/accounts",
                        Map.of(
                                "username",
                                username,
                                "password",
                                "demo-password-1",
                                "role",
                                "RECIPIENT",
                                "boundTo",
                                "NER",
                                "fullName",
                                "Point focal " + username,
                                "email",
                                username + "@example.org",
                                "preferredLocale",
                                "fr",
                                "enabled",
                                true));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    /** The first mail to {@code address} whose subject contains {@code subjectPart}, waiting up to 20 s. */
    private static MimeMessage awaitMail(String address, String subjectPart) throws Exception {
        long deadline = System.currentTimeMillis() + MAIL_WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : SMTP.received()) {
                Address[] to = m.getRecipients(Message.RecipientType.TO);
                boolean toAddress = to != null
                        && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
                if (toAddress && m.getSubject() != null && m.getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + address + " about " + subjectPart + " within " + MAIL_WAIT_MS + " ms");
    }

    /** The request's amount in the open problem, or -1 when it is not there. */
    private static long problemAmount(long requestId) {
        for (JsonNode r : SECRETARIAT.get("/api/v1/matching/problem").json().path("requests")) {
            if (r.path("id").asText().equals("R-" + requestId)) {
                return r.path("amountUsd").asLong();
            }
        }
        return -1;
    }

    private static JsonNode finished(ApiResponse started) {
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return MatchingRuns.finished(started.json());
    }
}
