package org.clearinghouse.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session on the pages without a browser: cookies kept, redirects not followed, forms posted the way a
 * page posts them (its view state, and PrimeFaces' CSP nonce when the page has one).
 */
public final class PageSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** A session on the server under test. */
    public PageSession() {
        this(ApiClient.baseUrl());
    }

    /** A session on the server at {@code base} (e.g. a cluster's balancer). */
    public PageSession(String base) {
        this.base = base;
    }

    /** The value of the cookie {@code name} the session holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    public String base() {
        return base;
    }

    /** Signs in through the sign-in form, posted as if from a page of {@code origin}. */
    public HttpResponse<String> signIn(String user, String password, String origin) {
        HttpResponse<String> page = get("/login.xhtml?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        Map<String, String> form = formOf(page.body(), "signInForm");
        form.put("signInForm:next", "");
        form.put("signInForm:username", user);
        form.put("signInForm:password", password);
        form.put("signInForm:submit", "signInForm:submit");
        return post("/login.xhtml", form, "Origin", origin);
    }

    public HttpResponse<String> signIn(String user, String password) {
        return signIn(user, password, base);
    }

    public HttpResponse<String> get(String path) {
        return Http.send(http, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** The fields every postback of {@code formId} on this page carries: the form's own, its view state, the nonce. */
    public static Map<String, String> formOf(String html, String formId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.put("jakarta.faces.ViewState", viewState(html));
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return form;
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String header, String value) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Http.send(
                http,
                HttpRequest.newBuilder(URI.create(base + path))
                        .header(header, value)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertThat(m.find()).as("a Faces form with its view state").isTrue();
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }
}
