package org.clearinghouse.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Confirmed fellowship cohorts made through the API, as the secretariat, the States and a donor would: a call whose
 * nominations close today, nominations, funded seats, closed and confirmed.
 */
public final class FellowshipCohorts {

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");

    /** A nominee: the nominating State's account, given name, gender. */
    public record Nominee(String account, String givenName, String gender) {}

    /** A confirmed cohort: the call's id and each nomination's id and outcome (SELECTED, WAITLISTED...). */
    public record Cohort(long callId, Map<Long, String> outcomes, Map<Long, String> states, Map<Long, String> names) {

        public List<Long> selected() {
            List<Long> ids = new ArrayList<>();
            outcomes.forEach((id, outcome) -> {
                if (outcome.equals("SELECTED")) {
                    ids.add(id);
                }
            });
            return ids;
        }

        public List<Long> selectedOf(String state) {
            return selected().stream()
                    .filter(id -> states.get(id).equals(state))
                    .toList();
        }

        public String calls() {
            return "/api/v1/fellowship/calls/" + callId;
        }
    }

    private FellowshipCohorts() {}

    /**
     * Publishes a call (nominations until today, the course from {@code start} to {@code end}, in the areas
     * {@code topics}), nominates {@code nominees}, funds {@code seats} seats, closes and confirms it.
     */
    public static Cohort confirmed(
            String title, LocalDate start, LocalDate end, List<String> topics, int seats, List<Nominee> nominees) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> call = new HashMap<>();
        call.put("title", title);
        call.put("regions", List.of("AFRICA", "AMERICAS"));
        call.put("hostState", "SEN");
        call.put("venue", "Dakar");
        call.put("start", start.toString());
        call.put("end", end.toString());
        call.put("languages", List.of("fr", "en"));
        call.put("topics", topics);
        call.put("seats", seats);
        call.put("seatCostUsd", 9000);
        call.put("nominationDeadline", today.toString());
        call.put("maxNominationsPerState", 3);
        ApiResponse published = SECRETARIAT.post("/api/v1/fellowship/calls", call);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        long callId = published.json().path("id").asLong();
        String calls = "/api/v1/fellowship/calls/" + callId;
        Map<Long, String> states = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        Map<String, Integer> ranks = new HashMap<>();
        for (Nominee n : nominees) {
            int rank = ranks.merge(n.account(), 1, Integer::sum);
            Map<String, Object> body = new HashMap<>();
            body.put("givenName", n.givenName());
            body.put("familyName", "Alumna" + rank);
            body.put("gender", n.gender());
            body.put("position", "Inspector");
            body.put("agency", "National commission on small arms");
            body.put("yearsExperience", 6);
            body.put("rank", rank);
            body.put("consentConfirmed", true);
            ApiResponse created = ApiClient.as(n.account()).post(calls + "/nominations", body);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long id = created.json().path("id").asLong();
            states.put(id, created.json().path("state").asText());
            names.put(id, n.givenName() + " Alumna" + rank);
        }
        ApiResponse funded = ApiClient.as("donor.DEU").post(calls + "/funding", Map.of("seats", seats));
        assertThat(funded.status()).as(funded.toString()).isEqualTo(201);
        ApiResponse closed = SECRETARIAT.post(calls + "/close", Map.of());
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        ApiResponse confirmed = SECRETARIAT.post(calls + "/selection/confirm", Map.of("timeLimitSeconds", 2));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        Map<Long, String> outcomes = new LinkedHashMap<>();
        for (JsonNode n : SECRETARIAT.get(calls + "/nominations").json()) {
            outcomes.put(n.path("id").asLong(), n.path("outcome").asText());
        }
        return new Cohort(callId, outcomes, states, names);
    }

    /** A course that runs today only, in stockpile management and the fellowship area. */
    public static Cohort runningToday(String title, int seats, List<Nominee> nominees) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return confirmed(title, today, today, List.of("STOCKPILE_MANAGEMENT", "FELLOWSHIP"), seats, nominees);
    }
}
