package org.clearinghouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.Http;
import org.clearinghouse.testsupport.PageSession;
import org.junit.jupiter.api.Test;

/**
 * CSRF defence: a form or API call that a page of another site makes the browser send is refused (403) and changes
 * nothing; the same request from this site's own pages goes through.
 */
class CsrfIT {

    private static final String EVIL = "https://attacker.example";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final PageSession session = new PageSession();
    private final String base = session.base();

    @Test
    void aSignInPostedFromAnotherSiteIsRefusedAndSignsNobodyIn() throws Exception {
        HttpResponse<String> refused = signIn("recipient.NER", EVIL);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(get("/recipient/home.xhtml").statusCode())
                .as("still signed out")
                .isNotEqualTo(200);
    }

    @Test
    void aSignInFromThisSiteWorks() throws Exception {
        HttpResponse<String> signedIn = signIn("recipient.NER", base);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).contains("/recipient/");
        assertThat(get("/recipient/home.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedInFormPostedFromAnotherSiteIsRefused() throws Exception {
        assertThat(signIn("secretariat", base).statusCode()).isEqualTo(302);
        HttpResponse<String> page = get("/secretariat/matching.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("matchForm", "matchForm");
        form.put("matchForm:timeLimit_input", "1");
        form.put("matchForm:startRun", "matchForm:startRun");
        form.put("jakarta.faces.ViewState", PageSession.viewState(page.body()));
        ApiClient api = ApiClient.as("secretariat");
        int runsBefore =
                api.get("/api/v1/matching/runs?size=100").json().path("total").asInt(-1);

        HttpResponse<String> fromReferer = post("/secretariat/matching.xhtml", form, "Referer", EVIL + "/page.html");
        HttpResponse<String> fromNullOrigin = post("/secretariat/matching.xhtml", form, "Origin", "null");

        assertThat(fromReferer.statusCode()).isEqualTo(403);
        assertThat(fromNullOrigin.statusCode()).isEqualTo(403);
        assertThat(fromReferer.body()).doesNotContain("at org.", "Caused by");
        assertThat(api.get("/api/v1/matching/runs?size=100")
                        .json()
                        .path("total")
                        .asInt(-1))
                .isEqualTo(runsBefore);
    }

    @Test
    void anApiCallFromAnotherSiteIsRefusedWithAProblem() {
        ApiClient recipient = ApiClient.as("recipient.NER");
        int before =
                recipient.get("/api/v1/requests?size=100").json().path("total").asInt(-1);

        HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/requests"))
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString("recipient.NER:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Origin", EVIL)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Forged\"}")));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(recipient
                        .get("/api/v1/requests?size=100")
                        .json()
                        .path("total")
                        .asInt(-1))
                .isEqualTo(before);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
        HttpResponse<String> login = get("/login.xhtml");

        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("SameSite=Lax")
                        .containsIgnoringCase("HttpOnly"));
    }

    private HttpResponse<String> signIn(String user, String origin) {
        return session.signIn(user, "demo", origin);
    }

    private HttpResponse<String> get(String path) {
        return session.get(path);
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String header, String value) {
        return session.post(path, form, header, value);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return Http.send(HTTP, request);
    }
}
