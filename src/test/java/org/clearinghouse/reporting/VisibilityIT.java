package org.clearinghouse.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearinghouse.testsupport.Payloads.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.PageSession;
import org.clearinghouse.testsupport.Payloads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The access policy of docs/visibility.md over HTTP. Anonymous outputs (home page, its CSV export, public API, public
 * dashboard, IATI without credentials) neither show nor count a request whose State did not consent to publication:
 * two such requests, validated, one with a commitment, carry distinctive amounts, and every public total moves by
 * exactly the amount of the one published request made beside them. Other parties never read an offer's exclusion
 * list, the names of a request's or an offer's accounts, or another party's note on external funding.
 */
class VisibilityIT {

    private static final String MARKER = "INTERNAL-5c1e";
    private static final long PUBLISHED_USD = 1_357_913;
    private static final long UNPUBLISHED_USD = 2_468_024;
    private static final long IMPORTED_USD = 7_654_321;
    private static final String PUBLISHED_TITLE = "Published need VIS-PUB";
    private static final String UNPUBLISHED_TITLE = "Unpublished need VIS-SECRET";
    private static final String IMPORTED_TITLE = "Imported request VIS-R1";
    private static final String PROBLEM = """
            {"formatVersion": 1,
             "requests": [
               {"id": "VIS-R1", "state": "TCD", "region": "AFRICA", "area": "LEGISLATION", "type": "EXPERTISE",
                "amountUsd": 7654321, "divisible": true, "priority": 3, "start": "2027-02", "end": "2027-09"}],
             "offers": [
               {"id": "VIS-O1", "donor": "DEU", "areas": ["LEGISLATION"], "types": ["EXPERTISE"], "capacityUsd": 8000000,
                "regions": [], "excludedStates": [], "maxPerRequestUsd": null, "start": "2027-01", "end": "2027-12"}],
             "commitments": [{"requestId": "VIS-R1", "offerId": "VIS-O1", "amountUsd": 7654321}]}
            """;
    private static final Pattern STAT_REQUESTED = Pattern.compile("id=\"stat-requested\">([^<]*)<");

    private static final ApiClient ANONYMOUS = ApiClient.anonymous();
    private static final ApiClient NIGER = ApiClient.as("recipient.NER");
    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    private static final ApiClient GERMANY = ApiClient.as("donor.DEU");
    private static final ApiClient JAPAN = ApiClient.as("donor.JPN");

    private static long homeRequestedBefore;
    private static JsonNode dashboardBefore;
    private static long unpublished;
    private static long excludingOffer;

    @BeforeAll
    static void createData() {
        homeRequestedBefore = homeRequested();
        dashboardBefore = ANONYMOUS.get("/api/v1/public/dashboard").json();

        ApiResponse imported = SECRETARIAT.postRaw("/api/v1/matching/problem", "application/json", PROBLEM);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);

        Map<String, Object> request = with(Payloads.request("NER"), "amountUsd", UNPUBLISHED_USD);
        unpublished = validated(with(request, "title", UNPUBLISHED_TITLE, "publishSummaryConsent", false));
        validated(with(request, "title", PUBLISHED_TITLE, "amountUsd", PUBLISHED_USD));

        excludingOffer = opened(with(Payloads.offer("DEU"), "excludedStates", List.of("ERI"), "visibility", "PUBLIC"));
        opened(with(Payloads.offer("DEU"), "title", "Restricted offer VIS", "visibility", "RESTRICTED"));

        Map<String, Object> funding = new java.util.LinkedHashMap<>();
        funding.put("state", "NER");
        funding.put("area", "GENDER");
        funding.put("amountUsd", 30_000);
        funding.put("start", "2027-01");
        funding.put("end", "2027-12");
        funding.put("source", "BILATERAL");
        funding.put("mechanismName", "German bilateral programme VIS");
        funding.put("note", MARKER + " the ministry has not signed yet");
        ApiResponse recorded = GERMANY.post("/api/v1/external-commitments", funding);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        // a donor's record is a claim that other donors see once the State has confirmed it
        ApiResponse confirmed = NIGER.post(
                "/api/v1/external-commitments/" + recorded.json().path("id").asLong() + "/confirm", Map.of());
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    }

    @Test
    void noAnonymousOutputShowsOrCountsAnUnpublishedRequest() {
        HttpResponse<String> home = new PageSession().get("/index.xhtml?lang=en");
        assertThat(home.statusCode()).isEqualTo(200);
        assertHidesUnpublished("home page", home.body());
        assertThat(requested(home.body()))
                .as("the home page's requested total moves by the published request only")
                .isEqualTo(homeRequestedBefore + PUBLISHED_USD);

        String csv = homeCsv();
        assertThat(csv).contains(PUBLISHED_TITLE);
        assertHidesUnpublished("home page CSV", csv);

        ApiResponse dashboard = ANONYMOUS.get("/api/v1/public/dashboard");
        assertHidesUnpublished("public dashboard", dashboard.body());
        JsonNode totals = dashboard.json().path("totals");
        assertThat(totals.path("requestedUsd").asLong())
                .isEqualTo(dashboardBefore.path("totals").path("requestedUsd").asLong() + PUBLISHED_USD);
        assertThat(totals.path("requestCount").asInt())
                .isEqualTo(dashboardBefore.path("totals").path("requestCount").asInt() + 1);
        assertThat(totals.path("committedUsd").asLong())
                .isEqualTo(dashboardBefore.path("totals").path("committedUsd").asLong());
        assertThat(dashboard.json().path("offerCount").asInt())
                .as("the imported PUBLIC offer and the new PUBLIC one count; the RESTRICTED one does not")
                .isEqualTo(dashboardBefore.path("offerCount").asInt() + 2);

        assertHidesUnpublished(
                "public requests",
                ANONYMOUS.get("/api/v1/public/requests?size=200").body());
        assertThat(ANONYMOUS.get("/api/v1/public/offers?size=200").body()).doesNotContain("Restricted offer VIS");

        String iati = ANONYMOUS
                .getAccepting("/api/v1/exports/iati", "application/xml")
                .body();
        assertHidesUnpublished("IATI without credentials", iati);
        assertThat(SECRETARIAT
                        .getAccepting("/api/v1/exports/iati", "application/xml")
                        .body())
                .as("the commitment exists: the secretariat's file has it")
                .contains(IMPORTED_TITLE, ">" + IMPORTED_USD + "<");
    }

    @Test
    void otherPartiesNeverReadAnOffersExclusionListNorInternalFields() {
        assertThat(GERMANY.get("/api/v1/offers/" + excludingOffer)
                        .json()
                        .path("excludedStates")
                        .toString())
                .isEqualTo("[\"ERI\"]");
        for (ApiClient other : List.of(NIGER, JAPAN)) {
            JsonNode offer = other.get("/api/v1/offers/" + excludingOffer).json();
            assertThat(offer.path("title").asText()).isNotBlank();
            assertThat(absent(offer.path("excludedStates")))
                    .as(offer.toString())
                    .isTrue();
            assertThat(absent(offer.path("createdBy"))).isTrue();
            assertThat(other.get("/api/v1/offers?size=200").json().path("items"))
                    .allSatisfy(o -> assertThat(absent(o.path("excludedStates"))
                                    || o.path("donor").asText().equals("JPN") && other == JAPAN)
                            .as(o.toString())
                            .isTrue());
        }

        ApiResponse need = JAPAN.get("/api/v1/requests/" + unpublished);
        assertThat(need.status()).as("a donor acts on a validated need").isEqualTo(200);
        assertThat(need.json().path("amountUsd").asLong()).isEqualTo(UNPUBLISHED_USD);
        assertThat(need.json().path("createdBy").isNull())
                .as("no account name of the State")
                .isTrue();
        assertThat(need.body()).doesNotContain("recipient.NER");
        assertThat(NIGER.get("/api/v1/requests/" + unpublished)
                        .json()
                        .path("createdBy")
                        .asText())
                .isEqualTo("recipient.NER");

        assertThat(JAPAN.get("/api/v1/external-commitments").body())
                .contains("German bilateral programme VIS")
                .doesNotContain(MARKER);
        assertThat(NIGER.get("/api/v1/external-commitments").body())
                .contains("German bilateral programme VIS")
                .doesNotContain(MARKER);
        assertThat(GERMANY.get("/api/v1/external-commitments").body()).contains(MARKER);
    }

    private static void assertHidesUnpublished(String output, String text) {
        assertThat(text)
                .as(output)
                .doesNotContain(UNPUBLISHED_TITLE, IMPORTED_TITLE, MARKER)
                .doesNotContain(digits(UNPUBLISHED_USD), grouped(UNPUBLISHED_USD))
                .doesNotContain(digits(IMPORTED_USD), grouped(IMPORTED_USD));
    }

    /** Creates, submits and validates a request of Niger. */
    private static long validated(Map<String, Object> body) {
        ApiResponse created = NIGER.post("/api/v1/requests", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        NIGER.post("/api/v1/requests/" + id + "/submit", Map.of());
        ApiResponse validated = SECRETARIAT.post("/api/v1/requests/" + id + "/validate", Map.of());
        assertThat(validated.status()).as(validated.toString()).isEqualTo(200);
        return id;
    }

    private static long opened(Map<String, Object> body) {
        ApiResponse created = GERMANY.post("/api/v1/offers", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(GERMANY.post("/api/v1/offers/" + id + "/open", Map.of()).status())
                .isEqualTo(200);
        return id;
    }

    private static long homeRequested() {
        HttpResponse<String> home = new PageSession().get("/index.xhtml?lang=en");
        assertThat(home.statusCode()).isEqualTo(200);
        return requested(home.body());
    }

    private static long requested(String html) {
        Matcher m = STAT_REQUESTED.matcher(html);
        assertThat(m.find()).as("the requested total on the home page").isTrue();
        return Long.parseLong(m.group(1).replaceAll("[^0-9]", ""));
    }

    /** The home page's table of published needs as its CSV button exports it, without sign-in. */
    private static String homeCsv() {
        PageSession session = new PageSession();
        HttpResponse<String> page = session.get("/index.xhtml?lang=en");
        Map<String, String> form = PageSession.formOf(page.body(), "publishedForm");
        form.put("publishedForm:publishedExportCsv", "publishedForm:publishedExportCsv");
        HttpResponse<String> csv = session.post("/index.xhtml", form, "Origin", session.base());
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).contains("csv");
        return csv.body();
    }

    private static boolean absent(JsonNode field) {
        return field.isMissingNode() || field.isNull();
    }

    private static String digits(long usd) {
        return Long.toString(usd);
    }

    private static String grouped(long usd) {
        return String.format(java.util.Locale.ROOT, "%,d", usd);
    }
}
