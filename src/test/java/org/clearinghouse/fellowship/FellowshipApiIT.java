package org.clearinghouse.fellowship;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.Payloads;
import org.junit.jupiter.api.Test;

/**
 * The fellowship API end to end (issue 13): publish → nominate (three States, the cap, the deadline) → fund → propose
 * → close → confirm, with who may see which personal data, the States' inbox and the anonymisation job.
 */
class FellowshipApiIT {

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static final ApiClient NER = ApiClient.as("recipient.NER");
    private static final ApiClient MLI = ApiClient.as("recipient.MLI");
    private static final ApiClient HTI = ApiClient.as("recipient.HTI");
    private static final ApiClient DEU = ApiClient.as("donor.DEU");
    private static final ApiClient JPN = ApiClient.as("donor.JPN");
    private static final ApiClient EU = ApiClient.as("donor.EU");
    private static final ApiClient ANONYMOUS = ApiClient.anonymous();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void publishNominateFundProposeCloseConfirmAndAnonymise() {
        // publish: every bad field at once, only the secretariat
        ApiResponse invalid = SECRETARIAT.post(
                "/api/v1/fellowship/calls", Map.of("regions", List.of("ATLANTIS"), "womenTargetShare", 2));
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(422);
        assertThat(invalid.contentType()).contains("problem+json");
        assertThat(invalid.body())
                .contains("title", "regions[0]", "hostState", "start", "end", "seats", "seatCostUsd")
                .contains("nominationDeadline", "womenTargetShare");
        assertThat(NER.post("/api/v1/fellowship/calls", call(TODAY.plusDays(30), 4, 2))
                        .status())
                .isEqualTo(403);
        assertThat(ANONYMOUS
                        .post("/api/v1/fellowship/calls", call(TODAY.plusDays(30), 4, 2))
                        .status())
                .isEqualTo(401);
        ApiResponse published = SECRETARIAT.post("/api/v1/fellowship/calls", call(TODAY.plusDays(30), 4, 2));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        long id = published.json().path("id").asLong();
        String calls = "/api/v1/fellowship/calls/" + id;
        assertThat(published.header("Location")).endsWith(calls);
        assertThat(published.json().path("fundedSeats").asLong()).isZero();
        assertThat(published.json().path("womenTargetShare").asDouble()).isEqualTo(0.5);
        assertThat(published.json().path("acceptsNominations").asBoolean()).isTrue();

        // nominate: three States, every bad field at once, the cap per State, recipients only
        ApiResponse badNomination = NER.post(calls + "/nominations", Map.of("gender", "X", "consentConfirmed", false));
        assertThat(badNomination.status()).as(badNomination.toString()).isEqualTo(422);
        assertThat(badNomination.body())
                .contains("givenName", "familyName", "gender", "yearsExperience", "rank", "consentConfirmed");
        long nerWoman = nominate(NER, calls, "Aïcha", "FEMALE", 1);
        long nerMan = nominate(NER, calls, "Ibrahim", "MALE", 2);
        ApiResponse overCap = NER.post(calls + "/nominations", nomination("Moussa", "MALE", 3));
        assertThat(overCap.status()).as(overCap.toString()).isEqualTo(409);
        assertThat(overCap.body()).contains("NER", "(2)");
        long mliMan = nominate(MLI, calls, "Oumar", "MALE", 1);
        long mliWoman = nominate(MLI, calls, "Fatoumata", "FEMALE", 2);
        long htiWoman = nominate(HTI, calls, "Nadège", "FEMALE", 1);
        assertThat(DEU.post(calls + "/nominations", nomination("Hans", "MALE", 1))
                        .status())
                .isEqualTo(403);

        // fund: donors only, never more than the seats
        assertThat(NER.post(calls + "/funding", Map.of("seats", 1)).status()).isEqualTo(403);
        ApiResponse funded = DEU.post(calls + "/funding", Map.of("seats", 2));
        assertThat(funded.status()).as(funded.toString()).isEqualTo(201);
        assertThat(funded.json().path("fundedSeats").asLong()).isEqualTo(2);
        assertThat(JPN.post(calls + "/funding", Map.of("seats", 1)).status()).isEqualTo(201);
        ApiResponse tooMany = EU.post(calls + "/funding", Map.of("seats", 2));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(tooMany.body()).contains("seats", "at most 1 more");
        assertThat(EU.post(calls + "/funding", Map.of()).status()).isEqualTo(422);
        JsonNode call = ANONYMOUS.get(calls).json();
        assertThat(call.path("fundedSeats").asLong()).isEqualTo(3);
        assertThat(call.path("unfundedSeats").asLong()).isEqualTo(1);

        // who sees what
        List<String> names = List.of("Aïcha", "Ibrahim", "Oumar", "Fatoumata", "Nadège", "Family");
        assertThat(ids(SECRETARIAT.get(calls + "/nominations").json()))
                .containsExactlyInAnyOrder(nerWoman, nerMan, mliMan, mliWoman, htiWoman);
        JsonNode mliSees = MLI.get(calls + "/nominations").json();
        assertThat(ids(mliSees)).containsExactlyInAnyOrder(mliMan, mliWoman);
        assertThat(mliSees.toString()).contains("Oumar").doesNotContain("Aïcha", "Ibrahim", "Nadège");
        assertThat(MLI.get(calls + "/nominations/" + nerWoman).status())
                .as("another State's nomination answers as an unknown one")
                .isEqualTo(404);
        assertThat(MLI.get(calls + "/nominations/999999999").status()).isEqualTo(404);
        assertThat(NER.get(calls + "/nominations/" + nerWoman)
                        .json()
                        .path("givenName")
                        .asText())
                .isEqualTo("Aïcha");
        ApiResponse donorSees = DEU.get(calls + "/nominations");
        assertThat(donorSees.status()).isEqualTo(200);
        assertThat(donorSees.json().size()).as("a donor sees no nomination").isZero();
        assertThat(DEU.get(calls + "/nominations/" + nerWoman).status()).isEqualTo(404);
        JsonNode donorCall = DEU.get(calls).json();
        assertThat(donorCall.path("nominations").asLong())
                .as("a donor sees counts")
                .isEqualTo(5);
        assertThat(donorCall.path("nominatingStates").asLong()).isEqualTo(3);
        assertThat(ANONYMOUS.get(calls + "/nominations").status()).isEqualTo(401);
        String publicCalls = ANONYMOUS.get("/api/v1/fellowship/calls").body();
        assertThat(publicCalls).contains("\"id\":" + id);
        assertThat(names).allSatisfy(name -> assertThat(publicCalls + donorCall).doesNotContain(name));
        ApiResponse csv = NER.getAccepting(calls + "/nominations/export?format=csv", "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.body()).startsWith("id,callId,state,givenName").contains("Aïcha", "Ibrahim");
        assertThat(csv.body()).doesNotContain("Oumar", "Nadège");
        assertThat(NER.get(calls + "/nominations/export?format=xml").status()).isEqualTo(422);

        // a provisional proposal while nominations are open; explanations in words; no personal data
        assertThat(NER.post(calls + "/selection", Map.of()).status()).isEqualTo(403);
        assertThat(SECRETARIAT
                        .post(calls + "/selection", Map.of("timeLimitSeconds", 0))
                        .status())
                .isEqualTo(422);
        ApiResponse proposed = SECRETARIAT.post(calls + "/selection", Map.of("timeLimitSeconds", 5));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        JsonNode proposal = proposed.json();
        assertThat(proposal.path("confirmed").asBoolean()).isFalse();
        // worked out by hand from docs/fellowship-rules.md: three LDC States, cap 2, three funded seats; the three
        // first choices score 3 x 300 for rank, two women of three (-400) and two from Western Africa (-200); any
        // second choice costs 150 of rank and no less imbalance
        assertThat(nominationIds(proposal.path("selected"))).containsExactlyInAnyOrder(nerWoman, mliMan, htiWoman);
        assertThat(nominationIds(proposal.path("waitlist"))).containsExactlyInAnyOrder(nerMan, mliWoman);
        assertThat(proposal.path("waitlist").get(0).path("position").asInt()).isEqualTo(1);
        assertThat(proposal.path("provenOptimal").asBoolean()).isTrue();
        // in the language of the secretariat's account (another test may have switched it): words, not keys
        for (JsonNode e : proposal.path("selected")) {
            assertThat(e.path("reason").asText()).isEqualTo("SELECTED");
            assertThat(e.path("explanation").asText())
                    .contains(
                            e.path("nominationId").asText(),
                            String.valueOf(id),
                            e.path("state").asText())
                    .doesNotContain("cohort.", "{");
            assertThat(e.path("state").asText()).isNotBlank();
            assertThat(e.path("gender").asText()).isNotBlank();
        }
        for (JsonNode e : proposal.path("waitlist")) {
            assertThat(e.path("reason").asText()).isEqualTo("WAITLISTED");
            assertThat(e.path("explanation").asText())
                    .contains(e.path("nominationId").asText(), String.valueOf(id))
                    .doesNotContain("cohort.", "{");
        }
        assertThat(names).allSatisfy(name -> assertThat(proposed.body()).doesNotContain(name));
        JsonNode stats = proposal.path("statistics");
        System.out.println("[fellowship] cohort of call " + id + ": " + stats.path("selected") + " selected of "
                + stats.path("fundedSeats") + " funded seats, women " + stats.path("women") + " ("
                + stats.path("womenPercent") + "% against a target of " + stats.path("womenTargetPercent")
                + "%), States " + stats.path("states") + ", sub-regions " + stats.path("subRegions")
                + ", least developed " + stats.path("leastDeveloped") + ", waiting list " + stats.path("waitlisted")
                + ", score " + proposal.path("score") + ", " + proposal.path("elapsedMillis") + " ms");
        assertThat(stats.path("women").asInt()).isEqualTo(2);
        assertThat(stats.path("states").asInt()).isEqualTo(3);

        // confirm only once nominations are over; close with a stale version is refused
        ApiResponse tooEarly = SECRETARIAT.post(calls + "/selection/confirm", Map.of());
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
        long version = ANONYMOUS.get(calls).json().path("version").asLong();
        assertThat(SECRETARIAT
                        .post(calls + "/close", Map.of("version", version + 5))
                        .status())
                .isEqualTo(409);
        assertThat(NER.post(calls + "/close", Map.of("version", version)).status())
                .isEqualTo(403);
        ApiResponse closed = SECRETARIAT.post(calls + "/close", Map.of("version", version));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.json().path("acceptsNominations").asBoolean()).isFalse();
        ApiResponse late = HTI.post(calls + "/nominations", nomination("Jean", "MALE", 2));
        assertThat(late.status()).as("nominations are closed").isEqualTo(409);

        ApiResponse confirmed = SECRETARIAT.post(calls + "/selection/confirm", Map.of());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("confirmed").asBoolean()).isTrue();
        assertThat(nominationIds(confirmed.json().path("selected")))
                .containsExactlyInAnyOrder(nerWoman, mliMan, htiWoman);
        assertThat(SECRETARIAT.post(calls + "/selection/confirm", Map.of()).status())
                .isEqualTo(409);
        assertThat(ANONYMOUS.get(calls).json().path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(JPN.post(calls + "/funding", Map.of("seats", 1)).status()).isEqualTo(409);
        Map<Long, String> outcomes = new HashMap<>();
        for (JsonNode n : SECRETARIAT.get(calls + "/nominations").json()) {
            outcomes.put(
                    n.path("id").asLong(),
                    n.path("outcome").asText() + n.path("waitlistPosition").asText(""));
        }
        assertThat(outcomes.get(nerWoman)).isEqualTo("SELECTED");
        assertThat(outcomes.get(htiWoman)).isEqualTo("SELECTED");
        assertThat(Set.of(outcomes.get(nerMan), outcomes.get(mliWoman)))
                .containsExactlyInAnyOrder("WAITLISTED1", "WAITLISTED2");

        // the nominating States are told in their inbox (counts, no names)
        JsonNode entry = inboxEntry(MLI, id);
        assertThat(entry.path("message").asText()).contains(String.valueOf(id), "1", "Cohort check");
        assertThat(entry.path("message").asText()).doesNotContain("Oumar");

        // personal data is anonymised the configured number of months after the call closed
        ApiResponse notYet =
                ApiClient.as("admin").post("/api/v1/admin/jobs/fellowship-anonymisation?asOf=" + TODAY, Map.of());
        assertThat(notYet.status()).as(notYet.toString()).isEqualTo(200);
        assertThat(ids(notYet.json().path("anonymisedCallIds"))).doesNotContain(id);
        int months = notYet.json().path("afterMonths").asInt();
        assertThat(SECRETARIAT
                        .post("/api/v1/admin/jobs/fellowship-anonymisation", Map.of())
                        .status())
                .isEqualTo(403);
        ApiResponse due = ApiClient.as("admin")
                .post("/api/v1/admin/jobs/fellowship-anonymisation?asOf=" + TODAY.plusMonths(months), Map.of());
        assertThat(ids(due.json().path("anonymisedCallIds"))).as(due.toString()).contains(id);
        JsonNode anonymised = NER.get(calls + "/nominations/" + nerWoman).json();
        assertThat(anonymised.path("anonymised").asBoolean()).isTrue();
        assertThat(anonymised.toString()).doesNotContain("Aïcha", "Inspector", "Runs the national");
        assertThat(anonymised.path("gender").asText()).isEqualTo("FEMALE");
        assertThat(anonymised.path("outcome").asText()).isEqualTo("SELECTED");
    }

    @Test
    void aNominationAfterTheDeadlineIsRefusedAndTheCohortCanThenBeConfirmed() {
        ApiResponse published = SECRETARIAT.post("/api/v1/fellowship/calls", call(TODAY.minusDays(1), 2, 1));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        String calls = "/api/v1/fellowship/calls/" + published.json().path("id").asLong();
        assertThat(published.json().path("acceptsNominations").asBoolean()).isFalse();

        ApiResponse late = NER.post(calls + "/nominations", nomination("Aïcha", "FEMALE", 1));
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.contentType()).contains("problem+json");
        assertThat(late.body()).contains("no longer accepts nominations");

        ApiResponse confirmed = SECRETARIAT.post(calls + "/selection/confirm", Map.of("timeLimitSeconds", 2));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().path("selected").size()).isZero();
        assertThat(SECRETARIAT.get("/api/v1/fellowship/calls/999999999").status())
                .isEqualTo(404);
        assertThat(SECRETARIAT.post(calls + "/close", Map.of()).status())
                .as("a confirmed call cannot be closed")
                .isEqualTo(409);
    }

    @Test
    void aDonorFundsSeatsFromItsOpenOfferInTheFellowshipAreaWhichLowersTheOffersCapacity() {
        long fellowshipOffer = openOffer(List.of("FELLOWSHIP"), 20_000);
        long otherArea = openOffer(List.of("STOCKPILE_MANAGEMENT"), 20_000);
        ApiResponse published = SECRETARIAT.post("/api/v1/fellowship/calls", call(TODAY.plusDays(30), 3, 1));
        String calls = "/api/v1/fellowship/calls/" + published.json().path("id").asLong();

        ApiResponse one = DEU.post(calls + "/funding", Map.of("seats", 1, "offerId", fellowshipOffer));
        assertThat(one.status()).as(one.toString()).isEqualTo(201);
        assertThat(one.json().path("amountUsd").asLong()).isEqualTo(9_000);
        assertThat(one.json().path("offerId").asLong()).isEqualTo(fellowshipOffer);
        assertThat(DEU.get("/api/v1/offers/" + fellowshipOffer)
                        .json()
                        .path("committedUsd")
                        .asLong())
                .as("the seat counts as committed money of the offer")
                .isEqualTo(9_000);

        ApiResponse beyond = DEU.post(calls + "/funding", Map.of("seats", 2, "offerId", fellowshipOffer));
        assertThat(beyond.status()).as(beyond.toString()).isEqualTo(422);
        assertThat(beyond.body()).contains("offerId", "11000 USD left", "18000 USD");
        ApiResponse wrongArea = DEU.post(calls + "/funding", Map.of("seats", 1, "offerId", otherArea));
        assertThat(wrongArea.status()).isEqualTo(422);
        assertThat(wrongArea.body()).contains("FELLOWSHIP");
        ApiResponse notTheirs = JPN.post(calls + "/funding", Map.of("seats", 1, "offerId", fellowshipOffer));
        assertThat(notTheirs.status()).isEqualTo(422);
        assertThat(notTheirs.body()).contains("not one of your offers");
        assertThat(ANONYMOUS.get(calls).json().path("fundedSeats").asLong()).isEqualTo(1);

        Map<String, Object> shrink =
                ApiClient.asMap(DEU.get("/api/v1/offers/" + fellowshipOffer).json());
        shrink.put("capacityUsd", 5_000);
        shrink.put("maxPerRequestUsd", 5_000);
        assertThat(DEU.put("/api/v1/offers/" + fellowshipOffer, shrink).status())
                .as("the offer's capacity cannot go below what the seats drew")
                .isEqualTo(422);
    }

    private static long openOffer(List<String> areas, long capacity) {
        Map<String, Object> offer = Payloads.with(
                Payloads.offer("DEU"), "areas", areas, "capacityUsd", capacity, "maxPerRequestUsd", capacity);
        ApiResponse created = DEU.post("/api/v1/offers", offer);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        ApiResponse opened = DEU.post(
                "/api/v1/offers/" + id + "/open",
                Map.of("version", created.json().path("version").asLong()));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        return id;
    }

    private static Map<String, Object> call(LocalDate deadline, int seats, int perState) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Cohort check " + System.nanoTime());
        body.put("regions", List.of("AFRICA", "AMERICAS"));
        body.put("hostState", "SEN");
        body.put("venue", "Dakar");
        body.put("start", TODAY.plusDays(60).toString());
        body.put("end", TODAY.plusDays(80).toString());
        body.put("languages", List.of("fr", "en"));
        body.put("topics", List.of("STOCKPILE_MANAGEMENT", "FELLOWSHIP"));
        body.put("seats", seats);
        body.put("seatCostUsd", 9000);
        body.put("nominationDeadline", deadline.toString());
        body.put("maxNominationsPerState", perState);
        body.put("womenTargetShare", 0.5);
        return body;
    }

    private static Map<String, Object> nomination(String givenName, String gender, int rank) {
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", givenName);
        body.put("familyName", "Family" + rank);
        body.put("gender", gender);
        body.put("position", "Inspector");
        body.put("agency", "National commission on small arms");
        body.put("yearsExperience", 6);
        body.put("motivation", "Runs the national stockpile audit");
        body.put("rank", rank);
        body.put("consentConfirmed", true);
        return body;
    }

    private static long nominate(ApiClient state, String calls, String givenName, String gender, int rank) {
        ApiResponse created = state.post(calls + "/nominations", nomination(givenName, gender, rank));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.isNumber() ? n.asLong() : n.path("id").asLong()));
        return ids;
    }

    private static Set<Long> nominationIds(JsonNode entries) {
        Set<Long> ids = new TreeSet<>();
        entries.forEach(e -> ids.add(e.path("nominationId").asLong()));
        return ids;
    }

    private static JsonNode inboxEntry(ApiClient reader, long callId) {
        ApiResponse unread = reader.get("/api/v1/inbox?unread=true&size=200");
        assertThat(unread.status()).as(unread.toString()).isEqualTo(200);
        for (JsonNode e : unread.json().path("items")) {
            if (e.path("kind").asText().equals("FELLOWSHIP_COHORT")
                    && e.path("message").asText().contains("call " + callId + " ")) {
                return e;
            }
        }
        throw new AssertionError("no inbox entry about fellowship call " + callId + ": " + unread);
    }
}
