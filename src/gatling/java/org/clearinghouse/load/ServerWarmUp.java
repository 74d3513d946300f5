package org.clearinghouse.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Warms a freshly started server before the users arrive: each page the users open is opened a few times, so that the
 * figures measure a running server, not the first compilation of each page (Facelets compiles a page on its first
 * request) and the first calls of its code. The pages behind a sign-in are opened by three warm-up accounts (one
 * recipient, donor and secretariat account, made by the admin if missing), never by the demo accounts the users sign
 * in with: the server remembers a verified password for a few minutes, and the users' first sign-in of each demo
 * account must still pay the full password hash in the figures.
 */
final class ServerWarmUp {

    private static final int ROUNDS = 3;
    private static final String PASSWORD = "warm-up-password";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    /** A warm-up account: its role, the State it is bound to, and the pages its role's users open. */
    private record WarmUpAccount(String username, String role, String boundTo, List<String> pages) {}

    private static final List<WarmUpAccount> ACCOUNTS = List.of(
            new WarmUpAccount(
                    "warmup.recipient",
                    "RECIPIENT",
                    "NER",
                    List.of("/recipient/home.xhtml", "/recipient/requests.xhtml", "/recipient/ranking.xhtml")),
            new WarmUpAccount(
                    "warmup.donor",
                    "DONOR",
                    "DEU",
                    List.of("/donor/home.xhtml", "/donor/needs.xhtml", "/donor/proposals.xhtml")),
            new WarmUpAccount(
                    "warmup.secretariat",
                    "SECRETARIAT",
                    null,
                    List.of("/secretariat/home.xhtml", "/secretariat/matching.xhtml")));

    private static final List<String> PUBLIC_PAGES = List.of(
            "/",
            "/login.xhtml?lang=en",
            "/api/v1/public/dashboard",
            "/api/v1/public/requests?page=0&size=20",
            "/api/v1/public/offers?page=0&size=20");

    private final String baseUrl;
    private final String admin = "Basic "
            + Base64.getEncoder()
                    .encodeToString(("admin:" + PortalSignIn.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

    ServerWarmUp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void run() {
        long start = System.nanoTime();
        HttpClient anonymous = client();
        for (int round = 0; round < ROUNDS; round++) {
            for (String page : PUBLIC_PAGES) {
                send(anonymous, HttpRequest.newBuilder(uri(page)).GET(), 200);
            }
        }
        for (WarmUpAccount account : ACCOUNTS) {
            ensureExists(account);
            HttpClient session = client();
            signIn(session, account);
            for (int round = 0; round < ROUNDS; round++) {
                for (String page : account.pages()) {
                    send(session, HttpRequest.newBuilder(uri(page)).GET(), 200);
                }
            }
        }
        System.out.printf(
                "load: server warmed up in %.1f s (public pages and the pages of %d warm-up accounts, %d times each)%n",
                (System.nanoTime() - start) / 1e9, ACCOUNTS.size(), ROUNDS);
    }

    /** Made by the admin through the API; 422 when the name is taken (an earlier run made it). */
    private void ensureExists(WarmUpAccount account) {
        String body = "{\"username\":\"" + account.username() + "\",\"password\":\"" + PASSWORD + "\",\"role\":\""
                + account.role() + "\","
                + (account.boundTo() == null ? "" : "\"boundTo\":\"" + account.boundTo() + "\",")
                + "\"fullName\":\"Load test warm-up\",\"preferredLocale\":\"en\",\"enabled\":true}";
        HttpResponse<String> created = send(
                client(),
                HttpRequest.newBuilder(uri("/api/v1/accounts"))
                        .header("Authorization", admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                -1);
        if (created.statusCode() != 201 && !created.body().contains("is taken")) {
            throw new IllegalStateException("cannot make the warm-up account " + account.username() + ": "
                    + created.statusCode() + " " + created.body());
        }
    }

    /** The sign-in form, as a person posts it; the answer must be the role's home page. */
    private void signIn(HttpClient session, WarmUpAccount account) {
        String page = send(
                        session,
                        HttpRequest.newBuilder(uri("/login.xhtml?lang=en")).GET(),
                        200)
                .body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signInForm", "signInForm");
        form.put("signInForm:next", "");
        form.put("signInForm:username", account.username());
        form.put("signInForm:password", PASSWORD);
        form.put("signInForm:submit", "signInForm:submit");
        form.put("jakarta.faces.ViewState", unescape(first(VIEW_STATE, page)));
        String nonce = first(NONCE, page);
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        String encoded = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> landed = send(
                session,
                HttpRequest.newBuilder(uri("/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encoded)),
                200);
        if (!landed.uri().getPath().startsWith("/" + account.role().toLowerCase() + "/")) {
            throw new IllegalStateException(
                    "the warm-up account " + account.username() + " did not sign in: " + landed.uri());
        }
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response =
                    client.send(request.header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
            if (expected > 0 && response.statusCode() != expected) {
                throw new IllegalStateException("warm-up: " + response.uri() + " answered " + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + baseUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String value) {
        return value == null ? "" : value.replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
