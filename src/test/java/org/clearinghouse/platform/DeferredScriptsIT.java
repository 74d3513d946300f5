package org.clearinghouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearinghouse.testsupport.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * A page paints before its scripts are downloaded and run: no script file is written as an element; one inline loader
 * (with the page's nonce) adds PrimeFaces' files, in their order, after the first contentful paint, and the page's
 * own scripts (PrimeFaces' widgets, and its event handlers under the Content-Security-Policy) wait for them
 * ({@code chAfterScripts}). The browser tests click through pages with these scripts (and wait for the widgets:
 * {@code data-ch-init}); {@code PortalIT} checks in Chromium that the home page asks for its scripts after it paints.
 */
class DeferredScriptsIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

    @Test
    void theScriptFilesAreLoadedAfterThePaintAndTheInlineScriptsWaitForThem() throws Exception {
        // the home page has a table with export buttons (handlers registered under the CSP) and charts
        String page = HTTP.send(
                        HttpRequest.newBuilder(URI.create(ApiClient.baseUrl() + "/?lang=en"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        List<String> files = new ArrayList<>();
        List<String> inline = new ArrayList<>();
        Matcher script = SCRIPT.matcher(page);
        while (script.find()) {
            if (script.group(1).contains(" src=")) {
                files.add(script.group(1));
            } else {
                assertThat(script.group(1))
                        .as("every inline script has the page's nonce")
                        .contains("nonce=");
                inline.add(script.group(2).strip());
            }
        }

        assertThat(files).as("script elements with a file").isEmpty();
        String loader = inline.get(0);
        assertThat(loader).contains("first-contentful-paint").contains("e.async=false");
        assertThat(loader.indexOf("/jquery/jquery.js.xhtml?ln=primefaces"))
                .as("jQuery, then PrimeFaces' core, then its components")
                .isPositive()
                .isLessThan(loader.indexOf("/core.js.xhtml?ln=primefaces"));
        assertThat(loader.indexOf("/core.js.xhtml?ln=primefaces"))
                .isLessThan(loader.indexOf("/components.js.xhtml?ln=primefaces"));
        assertThat(inline.subList(1, inline.size()))
                .as("PrimeFaces' widgets and its CSP event handlers")
                .anySatisfy(js -> assertThat(js).contains("PrimeFaces.csp.register("))
                .anySatisfy(js -> assertThat(js).contains("pf.cw("))
                .allSatisfy(js -> assertThat(js).startsWith("chAfterScripts(function(){"));
        assertThat(page).contains(" data-ch-init");
        assertThat(page.indexOf("PrimeFaces.csp.register("))
                .as("the handlers are registered after the widgets are made")
                .isGreaterThan(page.indexOf("pf.cw("));
    }
}
