package org.clearinghouse.alumni;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.FellowshipCohorts;
import org.clearinghouse.testsupport.FellowshipCohorts.Cohort;
import org.clearinghouse.testsupport.FellowshipCohorts.Nominee;
import org.junit.jupiter.api.Test;

/**
 * After the course (issue 13, section 4), end to end over the API: attendance of a confirmed cohort, the certificate
 * of completion, the nominating State's follow-ups at 6 and 12 months, who sees what (another State: 404), every
 * refusal as a problem, and the officials trained in the dashboard, the public summary and a target's measure, which
 * the anonymisation keeps.
 */
class AlumniApiIT {

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static final ApiClient NER = ApiClient.as("recipient.NER");
    private static final ApiClient MLI = ApiClient.as("recipient.MLI");
    private static final ApiClient DEU = ApiClient.as("donor.DEU");
    private static final ApiClient ANONYMOUS = ApiClient.anonymous();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void attendCertifyFollowUpAndCount() throws IOException {
        Cohort cohort = FellowshipCohorts.runningToday(
                "Alumni check " + System.nanoTime(),
                3,
                List.of(
                        new Nominee("recipient.NER", "Aïcha", "FEMALE"),
                        new Nominee("recipient.NER", "Ibrahim", "MALE"),
                        new Nominee("recipient.MLI", "Oumar", "MALE"),
                        new Nominee("recipient.HTI", "Nadège", "FEMALE")));
        String attendance = cohort.calls() + "/attendance";
        assertThat(cohort.selected()).hasSize(3);
        long completed = cohort.selectedOf("NER").get(0);
        List<Long> others = new ArrayList<>(cohort.selected());
        others.remove(completed);
        long attended = others.get(0);
        long noShow = others.get(1);
        long waitlisted = cohort.outcomes().entrySet().stream()
                .filter(e -> !e.getValue().equals("SELECTED"))
                .findFirst()
                .orElseThrow()
                .getKey();
        String completedState = cohort.states().get(completed);
        String completedGender = cohort.names().get(completed).startsWith("Aïcha") ? "FEMALE" : "MALE";

        // the secretariat lists the selected nominees; nobody else reads attendance
        ApiResponse listed = SECRETARIAT.get(attendance);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(ids(listed.json(), "nominationId")).containsExactlyInAnyOrderElementsOf(cohort.selected());
        assertThat(listed.json().get(0).path("status").isNull()).isTrue();
        assertThat(NER.get(attendance).status()).isEqualTo(403);
        assertThat(DEU.get(attendance).status()).isEqualTo(403);
        assertThat(ANONYMOUS.get(attendance).status()).isEqualTo(401);
        assertThat(SECRETARIAT
                        .get("/api/v1/fellowship/calls/999999999/attendance")
                        .status())
                .isEqualTo(404);

        // refusals: every field error at once, only selected nominees, only the secretariat, the right call
        ApiResponse bad = SECRETARIAT.put(attendance + "/" + completed, Map.of("status", "PRESENT"));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(422);
        assertThat(bad.contentType()).contains("problem+json");
        assertThat(bad.body()).contains("status", "PRESENT");
        assertThat(SECRETARIAT.put(attendance + "/" + completed, Map.of()).status())
                .isEqualTo(422);
        ApiResponse notSelected = SECRETARIAT.put(attendance + "/" + waitlisted, Map.of("status", "ATTENDED"));
        assertThat(notSelected.status()).as(notSelected.toString()).isEqualTo(409);
        assertThat(notSelected.contentType()).contains("problem+json");
        assertThat(notSelected.body()).contains("not selected");
        assertThat(NER.put(attendance + "/" + completed, Map.of("status", "COMPLETED"))
                        .status())
                .isEqualTo(403);
        assertThat(SECRETARIAT
                        .put(attendance + "/999999999", Map.of("status", "COMPLETED"))
                        .status())
                .isEqualTo(404);

        JsonNode trainedBefore =
                SECRETARIAT.get("/api/v1/fellowship/officials-trained").json();
        JsonNode publicBefore =
                ANONYMOUS.get("/api/v1/public/fellowship/officials-trained").json();
        long target = target(completedState);
        int targetBefore = SECRETARIAT
                .get("/api/v1/targets/" + target)
                .json()
                .path("officialsTrained")
                .asInt();

        ApiResponse done = SECRETARIAT.put(attendance + "/" + completed, Map.of("status", "ATTENDED"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        long version = done.json().path("version").asLong();
        ApiResponse stale =
                SECRETARIAT.put(attendance + "/" + completed, Map.of("status", "COMPLETED", "version", version + 5));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.contentType()).contains("problem+json");
        ApiResponse completion =
                SECRETARIAT.put(attendance + "/" + completed, Map.of("status", "COMPLETED", "version", version));
        assertThat(completion.status()).as(completion.toString()).isEqualTo(200);
        assertThat(completion.json().path("status").asText()).isEqualTo("COMPLETED");
        assertThat(completion.json().path("certificateAvailable").asBoolean()).isTrue();
        assertThat(SECRETARIAT
                        .put(attendance + "/" + attended, Map.of("status", "ATTENDED"))
                        .status())
                .isEqualTo(200);
        assertThat(SECRETARIAT
                        .put(attendance + "/" + noShow, Map.of("status", "NO_SHOW"))
                        .status())
                .isEqualTo(200);

        // alumni: the secretariat all, a State its own, others nothing
        assertThat(ids(SECRETARIAT.get("/api/v1/fellowship/alumni").json(), "nominationId"))
                .contains(completed, attended)
                .doesNotContain(noShow, waitlisted);
        JsonNode nerAlumni = NER.get("/api/v1/fellowship/alumni").json();
        assertThat(ids(nerAlumni, "nominationId")).contains(completed).doesNotContain(noShow);
        nerAlumni.forEach(a -> assertThat(a.path("state").asText()).isEqualTo("NER"));
        assertThat(DEU.get("/api/v1/fellowship/alumni").status()).isEqualTo(403);
        assertThat(ANONYMOUS.get("/api/v1/fellowship/alumni").status()).isEqualTo(401);
        String alumnus = "/api/v1/fellowship/alumni/" + completed;
        JsonNode own = NER.get(alumnus).json();
        assertThat(own.path("givenName").asText() + " " + own.path("familyName").asText())
                .isEqualTo(cohort.names().get(completed));
        assertThat(own.path("followUps").get(0).path("months").asInt()).isEqualTo(6);
        assertThat(own.path("followUps").get(0).path("dueOn").asText())
                .isEqualTo(TODAY.plusMonths(6).toString());
        assertThat(own.path("followUps").get(1).path("dueOn").asText())
                .isEqualTo(TODAY.plusMonths(12).toString());
        assertThat(MLI.get(alumnus).status())
                .as("another State's alumnus answers as an unknown one")
                .isEqualTo(404);
        assertThat(MLI.get("/api/v1/fellowship/alumni/999999999").status()).isEqualTo(404);
        assertThat(DEU.get(alumnus).status()).isEqualTo(404);
        assertThat(SECRETARIAT.get("/api/v1/fellowship/alumni/" + noShow).status())
                .as("a nominee who did not come is no alumnus")
                .isEqualTo(404);

        // the certificate: completed only, for the nominating State and the secretariat
        for (ApiClient reader : List.of(NER, SECRETARIAT)) {
            HttpResponse<byte[]> pdf = reader.getBytes(alumnus + "/certificate", "application/pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(doc))
                        .contains("Certificate of completion", cohort.names().get(completed), "Niger", "Dakar")
                        .contains(TODAY.toString());
            }
        }
        HttpResponse<byte[]> french = NER.getBytes(alumnus + "/certificate?lang=fr", "application/pdf");
        assertThat(french.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(french.body())) {
            assertThat(new PDFTextStripper().getText(doc))
                    .as("the words in the language asked")
                    .contains("Certificat de fin de formation", cohort.names().get(completed))
                    .doesNotContain("Certificate of completion");
        }
        assertThat(MLI.getBytes(alumnus + "/certificate", "application/pdf").statusCode())
                .isEqualTo(404);
        assertThat(DEU.getBytes(alumnus + "/certificate", "application/pdf").statusCode())
                .isEqualTo(404);
        assertThat(ANONYMOUS
                        .getBytes(alumnus + "/certificate", "application/pdf")
                        .statusCode())
                .isEqualTo(401);
        ApiResponse onlyAttended = SECRETARIAT.get("/api/v1/fellowship/alumni/" + attended + "/certificate");
        assertThat(onlyAttended.status()).as(onlyAttended.toString()).isEqualTo(409);
        assertThat(onlyAttended.contentType()).contains("problem+json");

        // follow-ups: the nominating State writes them once they open (the test servers open them 200 days early)
        String six = alumnus + "/follow-ups/6";
        ApiResponse empty = NER.put(six, Map.of("applied", " "));
        assertThat(empty.status()).as(empty.toString()).isEqualTo(422);
        assertThat(empty.body()).contains("applied");
        assertThat(NER.put(six, Map.of("applied", "x".repeat(4001))).status()).isEqualTo(422);
        assertThat(NER.put(alumnus + "/follow-ups/9", Map.of("applied", "Nine")).status())
                .isEqualTo(404);
        ApiResponse early = NER.put(alumnus + "/follow-ups/12", Map.of("applied", "Too early"));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.body()).contains("12-month", TODAY.plusMonths(12).toString());
        assertThat(SECRETARIAT.put(six, Map.of("applied", "Not ours")).status())
                .as("the secretariat reads follow-ups, the State writes them")
                .isEqualTo(403);
        assertThat(MLI.put(six, Map.of("applied", "Not ours")).status()).isEqualTo(404);
        ApiResponse written = NER.put(six, Map.of("applied", "Led the audit of two regional depots."));
        assertThat(written.status()).as(written.toString()).isEqualTo(200);
        JsonNode sixMonths = written.json().path("followUps").get(0);
        assertThat(sixMonths.path("applied").asText()).isEqualTo("Led the audit of two regional depots.");
        assertThat(sixMonths.path("enteredOn").asText()).isEqualTo(TODAY.toString());
        long followUpVersion = sixMonths.path("version").asLong();
        assertThat(NER.put(six, Map.of("applied", "Stale", "version", followUpVersion + 3))
                        .status())
                .isEqualTo(409);
        assertThat(NER.put(
                                six,
                                Map.of(
                                        "applied",
                                        "Led the audit of three regional depots.",
                                        "version",
                                        followUpVersion))
                        .status())
                .isEqualTo(200);
        assertThat(SECRETARIAT.get(alumnus).body()).contains("Led the audit of three regional depots.");

        // counts: one more official trained, in each area of the course, in the dashboard and the target
        JsonNode trained =
                SECRETARIAT.get("/api/v1/fellowship/officials-trained").json();
        assertThat(trained.path("total").asInt())
                .isEqualTo(trainedBefore.path("total").asInt() + 1);
        for (String area : List.of("STOCKPILE_MANAGEMENT", "FELLOWSHIP")) {
            assertThat(cell(trained, completedState, area, completedGender))
                    .isEqualTo(cell(trainedBefore, completedState, area, completedGender) + 1);
        }
        assertThat(count(trained.path("byState"), completedState))
                .isEqualTo(count(trainedBefore.path("byState"), completedState) + 1);
        assertThat(NER.get("/api/v1/fellowship/officials-trained").status()).isEqualTo(403);
        JsonNode dashboard = SECRETARIAT.get("/api/v1/dashboard").json().path("officialsTrained");
        assertThat(dashboard.path("total").asInt())
                .isEqualTo(trained.path("total").asInt());
        assertThat(dashboard.path("cells").size())
                .isEqualTo(trained.path("cells").size());
        ApiResponse published = ANONYMOUS.get("/api/v1/public/fellowship/officials-trained");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("total").asInt())
                .isEqualTo(publicBefore.path("total").asInt() + 1);
        assertThat(published.json().path("smallestCount").asInt()).isEqualTo(3);
        assertThat(published.json().path("cells").size())
                .as("no cross-tabulation in public")
                .isZero();
        for (String dimension : List.of("byState", "byArea", "byGender")) {
            JsonNode counts = published.json().path(dimension);
            for (JsonNode c : counts) {
                // a value is named only with 3 or more; small ones together, alone only when nothing else is shown
                if (!c.path("key").asText().equals("COMBINED_SMALL_COUNTS")) {
                    assertThat(c.path("count").asInt()).as(dimension + " " + c).isGreaterThanOrEqualTo(3);
                } else if (c.path("count").asInt() < 3) {
                    assertThat(counts.size()).as(dimension + " " + counts).isEqualTo(1);
                }
            }
        }
        JsonNode publicDashboard =
                ANONYMOUS.get("/api/v1/public/dashboard").json().path("officialsTrained");
        assertThat(publicDashboard.path("total").asInt())
                .isEqualTo(published.json().path("total").asInt());
        assertThat(publicDashboard.path("cells").size()).isZero();
        cohort.names()
                .values()
                .forEach(name -> assertThat(published.body() + publicDashboard).doesNotContain(name.split(" ")[0]));
        assertThat(SECRETARIAT
                        .get("/api/v1/targets/" + target)
                        .json()
                        .path("officialsTrained")
                        .asInt())
                .as("a target of the State in the course's area counts the official")
                .isEqualTo(targetBefore + 1);

        // anonymisation clears the names and the certificate, keeps the counts
        int months = ApiClient.as("admin")
                .post("/api/v1/admin/jobs/fellowship-anonymisation?asOf=" + TODAY, Map.of())
                .json()
                .path("afterMonths")
                .asInt();
        ApiResponse due = ApiClient.as("admin")
                .post("/api/v1/admin/jobs/fellowship-anonymisation?asOf=" + TODAY.plusMonths(months), Map.of());
        assertThat(due.body()).contains(String.valueOf(cohort.callId()));
        JsonNode after = SECRETARIAT.get("/api/v1/fellowship/officials-trained").json();
        assertThat(after.path("total").asInt())
                .isGreaterThanOrEqualTo(trained.path("total").asInt());
        assertThat(cell(after, completedState, "STOCKPILE_MANAGEMENT", completedGender))
                .isGreaterThanOrEqualTo(cell(trained, completedState, "STOCKPILE_MANAGEMENT", completedGender));
        JsonNode anonymised = NER.get(alumnus).json();
        assertThat(anonymised.path("anonymised").asBoolean()).isTrue();
        assertThat(anonymised.toString()).doesNotContain(cohort.names().get(completed));
        assertThat(anonymised.path("certificateAvailable").asBoolean()).isFalse();
        assertThat(SECRETARIAT.get(alumnus + "/certificate").status()).isEqualTo(409);
    }

    @Test
    void attendanceWaitsForTheConfirmedCohortAndTheFirstDayOfTheCourse() {
        Cohort later = FellowshipCohorts.confirmed(
                "Alumni later " + System.nanoTime(),
                TODAY.plusDays(30),
                TODAY.plusDays(40),
                List.of("FELLOWSHIP"),
                1,
                List.of(new Nominee("recipient.NER", "Mariama", "FEMALE")));
        long nominee = later.selected().get(0);
        ApiResponse tooEarly = SECRETARIAT.put(later.calls() + "/attendance/" + nominee, Map.of("status", "ATTENDED"));
        assertThat(tooEarly.status()).as(tooEarly.toString()).isEqualTo(409);
        assertThat(tooEarly.contentType()).contains("problem+json");
        assertThat(tooEarly.body()).contains("starts on " + TODAY.plusDays(30));

        Map<String, Object> open = new HashMap<>();
        open.put("title", "Alumni open " + System.nanoTime());
        open.put("regions", List.of("AFRICA"));
        open.put("hostState", "SEN");
        open.put("start", TODAY.toString());
        open.put("end", TODAY.toString());
        open.put("seats", 2);
        open.put("seatCostUsd", 1000);
        open.put("nominationDeadline", TODAY.toString());
        long openCall = SECRETARIAT
                .post("/api/v1/fellowship/calls", open)
                .json()
                .path("id")
                .asLong();
        ApiResponse nominated = NER.post(
                "/api/v1/fellowship/calls/" + openCall + "/nominations",
                Map.of(
                        "givenName",
                        "Awa",
                        "familyName",
                        "Open",
                        "gender",
                        "FEMALE",
                        "yearsExperience",
                        3,
                        "rank",
                        1,
                        "consentConfirmed",
                        true));
        assertThat(nominated.status()).as(nominated.toString()).isEqualTo(201);
        ApiResponse notConfirmed = SECRETARIAT.put(
                "/api/v1/fellowship/calls/" + openCall + "/attendance/"
                        + nominated.json().path("id").asLong(),
                Map.of("status", "ATTENDED"));
        assertThat(notConfirmed.status()).as(notConfirmed.toString()).isEqualTo(409);
        assertThat(notConfirmed.body()).contains("not confirmed");
        ApiResponse otherCall = SECRETARIAT.put(
                later.calls() + "/attendance/" + nominated.json().path("id").asLong(), Map.of("status", "ATTENDED"));
        assertThat(otherCall.status()).as("a nomination of another call").isEqualTo(404);
    }

    @Test
    void twoSecretariesRecordingTheSameNomineeAtOnceGetOneRecordAndAConflictNeverAnError() throws Exception {
        Cohort cohort = FellowshipCohorts.runningToday(
                "Alumni race " + System.nanoTime(), 1, List.of(new Nominee("recipient.NER", "Hadiza", "FEMALE")));
        String path = cohort.calls() + "/attendance/" + cohort.selected().get(0);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<ApiResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> SECRETARIAT.put(path, Map.of("status", "ATTENDED"))));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).as(statuses.toString()).contains(200).allMatch(s -> s == 200 || s == 409);
        } finally {
            pool.shutdownNow();
        }
        JsonNode listed = SECRETARIAT.get(cohort.calls() + "/attendance").json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).path("status").asText()).isEqualTo("ATTENDED");
    }

    private static long target(String state) {
        Map<String, Object> body = new HashMap<>();
        body.put("state", state);
        body.put("description", "Train customs and police officers in stockpile management");
        body.put("area", "STOCKPILE_MANAGEMENT");
        body.put("indicator", "Officials trained");
        body.put("targetValue", 20);
        body.put("targetYear", TODAY.getYear() + 1);
        ApiResponse created = SECRETARIAT.post("/api/v1/targets", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private static List<Long> ids(JsonNode list, String field) {
        List<Long> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.path(field).asLong()));
        return ids;
    }

    private static int cell(JsonNode counts, String state, String area, String gender) {
        for (JsonNode c : counts.path("cells")) {
            if (c.path("state").asText().equals(state)
                    && c.path("area").asText().equals(area)
                    && c.path("gender").asText().equals(gender)) {
                return c.path("count").asInt();
            }
        }
        return 0;
    }

    private static int count(JsonNode counts, String key) {
        for (JsonNode c : counts) {
            if (c.path("key").asText().equals(key)) {
                return c.path("count").asInt();
            }
        }
        return 0;
    }
}
