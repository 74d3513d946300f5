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
 * A page paints before its scripts are downloaded and run: every script file is deferred, the page's own scripts
 * (PrimeFaces' widgets, and its event handlers under the Content-Security-Policy) wait for {@code DOMContentLoaded},
 * when the deferred scripts have run, and the widgets for the first paint. The browser tests click through pages
 * with these scripts (and wait for the widgets: {@code data-ch-init}).
 */
class DeferredScriptsIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

    @Test
    void everyScriptFileIsDeferredAndTheInlineScriptsWaitForThem() throws Exception {
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
                inline.add(script.group(2).strip());
            }
        }

        assertThat(files)
                .hasSizeGreaterThan(3)
                .allSatisfy(attributes -> assertThat(attributes).contains("defer"));
        assertThat(inline)
                .as("PrimeFaces' widgets and its CSP event handlers")
                .anySatisfy(js -> assertThat(js).contains("PrimeFaces.csp.register("))
                .anySatisfy(js -> assertThat(js).contains("pf.cw("))
                .allSatisfy(js -> assertThat(js).startsWith("document.addEventListener(\"DOMContentLoaded\""));
        assertThat(inline)
                .filteredOn(js -> js.contains("pf.cw("))
                .singleElement()
                .satisfies(js -> assertThat(js).contains("requestAnimationFrame(function(){setTimeout(function(){"));
        assertThat(page).contains(" data-ch-init");
        assertThat(page.indexOf("PrimeFaces.csp.register("))
                .as("the handlers are registered after the widgets are made")
                .isGreaterThan(page.indexOf("pf.cw("));
    }
}
