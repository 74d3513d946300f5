package org.clearinghouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.clearinghouse.testsupport.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * The protective headers on pages, API and static files; compression and a year's cache where they belong; and the
 * HTTPS listener with its self-signed certificate, HSTS and {@code Secure} cookies.
 */
class SecurityHeadersIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyKindOfResponseCarriesTheProtectiveHeaders() throws Exception {
        for (String path : List.of("/", "/login.xhtml", "/api/v1/info", "/api/v1/no-such-thing", "/favicon.ico")) {
            HttpHeaders headers =
                    get(HTTP, ApiClient.baseUrl() + path, "identity").headers();

            assertThat(headers.allValues("Content-Security-Policy"))
                    .as(path)
                    .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'self'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("Permissions-Policy"))
                    .as(path)
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
            assertThat(headers.firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void thePagesScriptPolicyStaysBesideOurs() throws Exception {
        HttpHeaders headers =
                get(HTTP, ApiClient.baseUrl() + "/login.xhtml", "identity").headers();

        assertThat(headers.allValues("Content-Security-Policy"))
                .anySatisfy(policy -> assertThat(policy).contains("script-src"));
    }

    @Test
    void textIsCompressedForBrowsersThatAcceptIt() throws Exception {
        HttpResponse<byte[]> page = get(HTTP, ApiClient.baseUrl() + "/", "gzip, deflate, br");
        HttpResponse<byte[]> plain = get(HTTP, ApiClient.baseUrl() + "/", "identity");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(plain.headers().firstValue("Content-Encoding")).isNotEqualTo(java.util.Optional.of("gzip"));
        assertThat(page.body().length).isLessThan(plain.body().length / 2);
    }

    @Test
    void versionedResourcesAreCachedForAYear() throws Exception {
        String page = new String(
                get(HTTP, ApiClient.baseUrl() + "/login.xhtml", "identity").body());
        // the page's scripts are addresses in its script loader (PaintFirstScriptsWriter)
        Matcher script = Pattern.compile("\"([^\"]*jakarta\\.faces\\.resource/[^\"]*\\.js\\.xhtml[^\"]*v=[^\"]*)\"")
                .matcher(page);
        assertThat(script.find()).as("a versioned script on the sign-in page").isTrue();

        HttpResponse<byte[]> resource =
                get(HTTP, ApiClient.baseUrl() + script.group(1).replace("&amp;", "&"), "gzip");

        assertThat(resource.statusCode()).isEqualTo(200);
        assertThat(resource.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(resource.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void theApplicationsOwnStylesheetHasAnAddressNamingItsContentAndIsCachedForAYear() throws Exception {
        String page = new String(
                get(HTTP, ApiClient.baseUrl() + "/login.xhtml", "identity").body());
        Matcher stylesheet = Pattern.compile("href=\"([^\"]*/css/clearinghouse\\.css[^\"]*)\"")
                .matcher(page);
        assertThat(stylesheet.find())
                .as("clearinghouse.css on the sign-in page")
                .isTrue();
        assertThat(stylesheet.group(1)).as("its address names its content").containsPattern("[?&]v=[0-9a-f]+$");

        HttpResponse<byte[]> resource = get(HTTP, ApiClient.baseUrl() + stylesheet.group(1), "gzip");

        assertThat(resource.statusCode()).isEqualTo(200);
        assertThat(resource.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    }

    @Test
    void aVersionedResourceIsAnsweredFromMemoryAfterItsFirstRequestAndTheSame() throws Exception {
        String page = new String(
                get(HTTP, ApiClient.baseUrl() + "/login.xhtml", "identity").body());
        Matcher stylesheet = Pattern.compile("href=\"([^\"]*components\\.css[^\"]*v=[^\"]*)\"")
                .matcher(page);
        assertThat(stylesheet.find())
                .as("PrimeFaces' components.css on the sign-in page")
                .isTrue();
        String url = ApiClient.baseUrl() + stylesheet.group(1).replace("&amp;", "&");

        HttpResponse<byte[]> first = get(HTTP, url, "identity");
        HttpResponse<byte[]> again = get(HTTP, url, "identity");
        HttpResponse<byte[]> conditional = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(again.headers().allValues("Server-Timing"))
                .anySatisfy(timing -> assertThat(timing).contains("resource-cache;desc=hit"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(new String(again.body())).as("its EL evaluated").doesNotContain("#{resource");
        assertThat(again.headers().firstValue("Content-Type"))
                .isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(again.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(conditional.headers().allValues("Server-Timing"))
                .as("a conditional request goes to the resource handler")
                .noneSatisfy(timing -> assertThat(timing).contains("resource-cache"));
        get(HTTP, url + "&x=1", "identity");
        assertThat(get(HTTP, url + "&x=1", "identity").headers().allValues("Server-Timing"))
                .as("an address with other parameters than the resource handler's is not kept")
                .noneSatisfy(timing -> assertThat(timing).contains("resource-cache"));
    }

    @Test
    void theFaviconIsServed() throws Exception {
        HttpResponse<byte[]> icon = get(HTTP, ApiClient.baseUrl() + "/favicon.ico", "identity");

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    @Test
    void overHttpsTheServerAsksForHttpsOnlyAndMarksItsCookiesSecure() throws Exception {
        HttpClient https = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .sslContext(trustingSelfSigned())
                .sslParameters(withoutHostnameCheck())
                .build();
        HttpResponse<byte[]> secure = get(https, httpsBaseUrl() + "/login.xhtml", "identity");
        HttpResponse<byte[]> plain = get(HTTP, ApiClient.baseUrl() + "/login.xhtml", "identity");

        assertThat(secure.statusCode()).isEqualTo(200);
        assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(secure.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; secure"));
        assertThat(plain.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; secure"));
    }

    private static HttpResponse<byte[]> get(HttpClient client, String url, String encoding) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept-Encoding", encoding)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The HTTPS listener: WildFly's 8443 moved by the same offset as the HTTP port. */
    private static String httpsBaseUrl() {
        int offset = Integer.getInteger("it.port.offset", 0);
        return "https://localhost:" + (8443 + offset);
    }

    /** The server's certificate is self-signed for local use: trusted here, in this test only. */
    private static SSLContext trustingSelfSigned() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }

    private static SSLParameters withoutHostnameCheck() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        return parameters;
    }
}
