package org.clearinghouse.fellowship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * The secretariat's review of a proposed cohort (issue 13, section 3) over the API: pins kept by re-runs and by the
 * confirmation, pins and swaps that break a hard rule refused with the rule's name (and nothing saved), stale versions
 * refused, and a withdrawal from a confirmed cohort that hands the seat to the first eligible person on the waiting
 * list. Every call here funds two of four seats and accepts two nominations a State, which is also its cap on
 * selected nominees.
 */
class CohortReviewApiIT {

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static final ApiClient NER = ApiClient.as("recipient.NER");
    private static final ApiClient MLI = ApiClient.as("recipient.MLI");
    private static final ApiClient HTI = ApiClient.as("recipient.HTI");
    private static final ApiClient DEU = ApiClient.as("donor.DEU");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** The cap on selected nominees per State: without maxSelectedPerState, the call's nominations per State. */
    private static final int CAP = 2;

    @Test
    void pinsAndSwapsAreKeptByReRunsUnlessTheyBreakAHardRule() {
        String calls = fundedCall();
        long nerWoman = nominate(NER, calls, "Aïcha", "FEMALE", 1, null, null);
        long nerMan = nominate(NER, calls, "Ibrahim", "MALE", 2, null, null);
        long mliMan = nominate(MLI, calls, "Oumar", "MALE", 1, null, null);
        long mliWoman = nominate(MLI, calls, "Fatoumata", "FEMALE", 2, null, null);
        long htiWoman = nominate(HTI, calls, "Nadège", "FEMALE", 1, null, null);
        long htiRussian = nominate(HTI, calls, "Dmitri", "MALE", 2, null, List.of("ru"));

        Set<Long> first = ids(propose(calls).path("selected"));
        assertThat(first).hasSize(2).doesNotContain(htiRussian);

        // pin out one of the proposed nominees: the re-run leaves it out of the cohort and off the waiting list
        long out = first.iterator().next();
        assertThat(pin(NER, calls, out, "OUT", null).status()).isEqualTo(403);
        ApiResponse pinnedOut = pin(SECRETARIAT, calls, out, "OUT", version(calls, out));
        assertThat(pinnedOut.status()).as(pinnedOut.toString()).isEqualTo(200);
        assertThat(pinnedOut.json().path("pin").asText()).isEqualTo("OUT");
        JsonNode rerun = propose(calls);
        assertThat(ids(rerun.path("selected"))).doesNotContain(out).hasSize(2);
        assertThat(ids(rerun.path("waitlist"))).doesNotContain(out);
        assertThat(pin(SECRETARIAT, calls, out, "NONE", version(calls, out))
                        .json()
                        .hasNonNull("pin"))
                .isFalse();

        // stale version, bad code, unknown nomination
        ApiResponse stale = pin(SECRETARIAT, calls, nerWoman, "IN", version(calls, nerWoman) + 3);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.contentType()).contains("problem+json");
        ApiResponse badCode = pin(SECRETARIAT, calls, nerWoman, "MAYBE", null);
        assertThat(badCode.status()).isEqualTo(422);
        assertThat(badCode.body()).contains("pin");
        assertThat(pin(SECRETARIAT, calls, 999_999_999L, "IN", null).status()).isEqualTo(404);

        // a candidate who speaks no course language cannot be pinned in: refused with the rule, nothing saved
        ApiResponse noLanguage = pin(SECRETARIAT, calls, htiRussian, "IN", null);
        assertThat(noLanguage.status()).as(noLanguage.toString()).isEqualTo(422);
        assertThat(noLanguage.contentType()).contains("problem+json");
        assertThat(noLanguage.body()).contains("Candidate speaks a course language");
        assertThat(nomination(calls, htiRussian).hasNonNull("pin"))
                .as("a refused pin is not saved")
                .isFalse();

        // pin in Niger's first choice, then swap it for Mali's second: the re-runs keep both decisions
        assertThat(pin(SECRETARIAT, calls, nerWoman, "IN", null).status()).isEqualTo(200);
        assertThat(ids(propose(calls).path("selected"))).contains(nerWoman);
        ApiResponse swapped = swap(calls, nerWoman, mliWoman, version(calls, nerWoman), version(calls, mliWoman));
        assertThat(swapped.status()).as(swapped.toString()).isEqualTo(200);
        assertThat(ids(swapped.json().path("selected"))).contains(mliWoman).doesNotContain(nerWoman);
        assertThat(nomination(calls, nerWoman).path("pin").asText()).isEqualTo("OUT");
        assertThat(nomination(calls, mliWoman).path("pin").asText()).isEqualTo("IN");

        // a swap that brings in the candidate without a course language: refused with the rule, nothing saved
        ApiResponse badSwap = swap(calls, htiWoman, htiRussian, null, null);
        assertThat(badSwap.status()).as(badSwap.toString()).isEqualTo(422);
        assertThat(badSwap.body()).contains("withNominationId", "Candidate speaks a course language");
        assertThat(nomination(calls, htiRussian).hasNonNull("pin")).isFalse();
        assertThat(nomination(calls, htiWoman).hasNonNull("pin")).isFalse();

        // three pinned in for two funded seats breaks the seat rule
        assertThat(pin(SECRETARIAT, calls, htiWoman, "IN", null).status()).isEqualTo(200);
        ApiResponse thirdSeat = swap(calls, nerWoman, mliMan, null, null);
        assertThat(thirdSeat.status()).as(thirdSeat.toString()).isEqualTo(422);
        assertThat(thirdSeat.body()).contains("Funded seats");
        assertThat(nomination(calls, mliMan).hasNonNull("pin")).isFalse();
        assertThat(swap(calls, htiWoman, htiWoman, null, null).status()).isEqualTo(422);
        assertThat(swap(calls, htiWoman, nerMan, version(calls, htiWoman) + 1, null)
                        .status())
                .as("stale")
                .isEqualTo(409);

        // the confirmation keeps the pins; then the cohort can no longer be reviewed
        assertThat(SECRETARIAT.post(calls + "/close", Map.of()).status()).isEqualTo(200);
        ApiResponse confirmed = SECRETARIAT.post(calls + "/selection/confirm", Map.of("timeLimitSeconds", 5));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(ids(confirmed.json().path("selected"))).containsExactlyInAnyOrder(mliWoman, htiWoman);
        assertThat(nomination(calls, nerWoman).path("outcome").asText()).isEqualTo("NOT_SELECTED");
        ApiResponse late = pin(SECRETARIAT, calls, nerMan, "IN", null);
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(swap(calls, htiWoman, nerMan, null, null).status()).isEqualTo(409);
    }

    @Test
    void aWithdrawalHandsTheSeatToTheFirstEligiblePersonOnTheWaitingList() {
        String calls = fundedCall();
        long nerWoman = nominate(NER, calls, "Mariama", "FEMALE", 1, "mariama@example.org", null);
        nominate(NER, calls, "Abdou", "MALE", 2, null, null);
        nominate(MLI, calls, "Seydou", "MALE", 1, null, null);
        nominate(MLI, calls, "Kadiatou", "FEMALE", 2, null, null);
        nominate(HTI, calls, "Jean", "MALE", 1, null, null);
        assertThat(SECRETARIAT
                        .post(calls + "/nominations/" + nerWoman + "/withdrawal", Map.of())
                        .status())
                .as("nothing to withdraw from before the confirmation")
                .isEqualTo(409);
        assertThat(SECRETARIAT.post(calls + "/close", Map.of()).status()).isEqualTo(200);
        JsonNode cohort =
                SECRETARIAT.post(calls + "/selection/confirm", Map.of()).json();
        List<JsonNode> selected = list(cohort.path("selected"));
        List<JsonNode> waitlist = list(cohort.path("waitlist"));
        assertThat(selected).hasSize(2);
        assertThat(waitlist).isNotEmpty();

        JsonNode leaving = selected.get(0);
        JsonNode staying = selected.get(1);
        long leavingId = leaving.path("nominationId").asLong();
        String leavingState = leaving.path("state").asText();
        ApiClient owner = ApiClient.as("recipient." + leavingState);
        ApiClient other = ApiClient.as("recipient." + (leavingState.equals("HTI") ? "NER" : "HTI"));
        String withdrawal = calls + "/nominations/" + leavingId + "/withdrawal";
        assertThat(other.post(withdrawal, Map.of()).status())
                .as("another State's nominee answers as unknown")
                .isEqualTo(404);
        assertThat(DEU.post(withdrawal, Map.of()).status()).isEqualTo(403);
        assertThat(owner.post(withdrawal, Map.of("version", version(calls, leavingId) + 2))
                        .status())
                .isEqualTo(409);

        ApiResponse withdrawn = owner.post(withdrawal, Map.of("version", version(calls, leavingId)));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().path("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(owner.post(withdrawal, Map.of()).status())
                .as("withdrawn once")
                .isEqualTo(409);

        // the first on the list whose State stays within the cap (the call's 2 nominations per State) takes the seat
        Map<String, Integer> stillSelected = Map.of(staying.path("state").asText(), 1);
        JsonNode expected = waitlist.stream()
                .filter(w -> stillSelected.getOrDefault(w.path("state").asText(), 0) < CAP)
                .findFirst()
                .orElseThrow();
        long promoted = expected.path("nominationId").asLong();
        Map<Long, JsonNode> after = new HashMap<>();
        SECRETARIAT
                .get(calls + "/nominations")
                .json()
                .forEach(n -> after.put(n.path("id").asLong(), n));
        assertThat(after.get(promoted).path("outcome").asText()).isEqualTo("SELECTED");
        assertThat(after.values().stream()
                        .filter(n -> n.path("outcome").asText().equals("SELECTED"))
                        .count())
                .isEqualTo(2);
        List<Integer> positions = new ArrayList<>();
        after.values().stream()
                .filter(n -> n.path("outcome").asText().equals("WAITLISTED"))
                .forEach(n -> positions.add(n.path("waitlistPosition").asInt()));
        assertThat(positions).as("the list moved up").containsExactlyInAnyOrderElementsOf(range(positions.size()));

        // the promoted nominee's State hears of it in its inbox
        ApiClient promotedState =
                ApiClient.as("recipient." + expected.path("state").asText());
        JsonNode inbox = promotedState.get("/api/v1/inbox?size=200").json().path("items");
        long notices = 0;
        for (JsonNode e : inbox) {
            if (e.path("kind").asText().equals("FELLOWSHIP_COHORT")
                    && e.path("message")
                            .asText()
                            .contains("call " + calls.substring(calls.lastIndexOf('/') + 1) + " ")) {
                notices++;
            }
        }
        assertThat(notices)
                .as("told at the confirmation and again at the refill")
                .isGreaterThanOrEqualTo(2);
    }

    private static List<Integer> range(int n) {
        List<Integer> r = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            r.add(i);
        }
        return r;
    }

    private static String fundedCall() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Review check " + System.nanoTime());
        body.put("regions", List.of("AFRICA", "AMERICAS"));
        body.put("hostState", "SEN");
        body.put("start", TODAY.plusDays(60).toString());
        body.put("end", TODAY.plusDays(80).toString());
        body.put("languages", List.of("fr", "en"));
        body.put("topics", List.of("STOCKPILE_MANAGEMENT", "FELLOWSHIP"));
        body.put("seats", 4);
        body.put("seatCostUsd", 9000);
        body.put("nominationDeadline", TODAY.plusDays(30).toString());
        body.put("maxNominationsPerState", CAP);
        body.put("womenTargetShare", 0.5);
        ApiResponse published = SECRETARIAT.post("/api/v1/fellowship/calls", body);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        String calls = "/api/v1/fellowship/calls/" + published.json().path("id").asLong();
        ApiResponse funded = DEU.post(calls + "/funding", Map.of("seats", 2));
        assertThat(funded.status()).as(funded.toString()).isEqualTo(201);
        return calls;
    }

    private static long nominate(
            ApiClient state,
            String calls,
            String givenName,
            String gender,
            int rank,
            String email,
            List<String> languages) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", givenName);
        body.put("familyName", "Review" + rank);
        body.put("gender", gender);
        body.put("yearsExperience", 6);
        body.put("rank", rank);
        body.put("consentConfirmed", true);
        if (email != null) {
            body.put("email", email);
        }
        if (languages != null) {
            body.put("languages", languages);
        }
        ApiResponse created = state.post(calls + "/nominations", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        if (email != null) {
            assertThat(created.json().path("email").asText()).isEqualTo(email);
        }
        return created.json().path("id").asLong();
    }

    private static JsonNode propose(String calls) {
        ApiResponse proposed = SECRETARIAT.post(calls + "/selection", Map.of("timeLimitSeconds", 5));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        return proposed.json();
    }

    private static ApiResponse pin(ApiClient who, String calls, long id, String pin, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("pin", pin);
        if (version != null) {
            body.put("version", version);
        }
        return who.post(calls + "/nominations/" + id + "/pin", body);
    }

    private static ApiResponse swap(String calls, long out, long in, Long version, Long withVersion) {
        Map<String, Object> body = new HashMap<>();
        body.put("withNominationId", in);
        body.put("timeLimitSeconds", 5);
        if (version != null) {
            body.put("version", version);
        }
        if (withVersion != null) {
            body.put("withVersion", withVersion);
        }
        return SECRETARIAT.post(calls + "/nominations/" + out + "/swap", body);
    }

    private static JsonNode nomination(String calls, long id) {
        ApiResponse got = SECRETARIAT.get(calls + "/nominations/" + id);
        assertThat(got.status()).as(got.toString()).isEqualTo(200);
        return got.json();
    }

    private static long version(String calls, long id) {
        return nomination(calls, id).path("version").asLong();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private static Set<Long> ids(JsonNode entries) {
        Set<Long> ids = new HashSet<>();
        entries.forEach(e -> ids.add(e.path("nominationId").asLong()));
        return ids;
    }
}
