package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.MatchingRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Speed of the review table with about 3,000 proposals: imports 3,000 validated requests and 300 offers through the
 * API, runs matching, then opens the secretariat's matching page several times and prints the server time of each
 * load (the {@code Server-Timing} header, read by the browser) and of paging to the second page. A measurement, not a
 * timed assertion. It adds 3,000 requests to the database: only with {@code -Dit.bench=true}, alone:
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReviewSpeedIT -Dit.bench=true}.
 */
@EnabledIfSystemProperty(named = "it.bench", matches = "true")
class ReviewSpeedIT {

    private static final int REQUESTS = 3000;
    private static final int OFFERS = 300;
    private static final int LOADS = 8;
    private static final List<String> TYPES = List.of("FUNDING", "EQUIPMENT", "TRAINING", "EXPERTISE");
    private static final List<String> DONORS =
            List.of("DEU", "JPN", "EU", "UNDP", "FRA", "GBR", "NOR", "CAN", "AUS", "NLD");

    @Test
    void theReviewTableServesItsFirstPageOf3000ProposalsQuickly() {
        ApiClient secretariat = ApiClient.as("secretariat");
        ApiResponse imported =
                secretariat.postRaw("/api/v1/matching/problem", "application/json", problem(secretariat));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);

        long solveStart = System.nanoTime();
        JsonNode run = MatchingRuns.run(60);
        double solveSeconds = (System.nanoTime() - solveStart) / 1e9;
        assertThat(run.path("status").asText()).isIn("COMPLETED", "STOPPED");
        int proposals = run.path("proposalCount").asInt();
        assertThat(proposals).as("proposals of the run").isGreaterThanOrEqualTo(REQUESTS);

        List<Double> loads = new ArrayList<>();
        List<Double> pages = new ArrayList<>();
        List<Double> loadsCpu = new ArrayList<>();
        List<Double> pagesCpu = new ArrayList<>();
        try (Browser browser = new Browser()) {
            try {
                browser.signIn("secretariat");
                for (int i = 0; i < LOADS; i++) {
                    browser.open("/secretariat/matching.xhtml");
                    browser.visible(By.cssSelector("#matchForm\\:proposals tbody tr"));
                    loads.add(serverTime(browser, "navigation"));
                    loadsCpu.add(serverTime(browser, "navigation", "cpu"));
                    JavascriptExecutor js = (JavascriptExecutor) browser.driver;
                    js.executeScript("performance.clearResourceTimings();");
                    browser.visible(By.cssSelector("[id='matchForm:proposals'] .ui-paginator-next"))
                            .click();
                    browser.waitForAjax();
                    pages.add(serverTime(browser, "resource"));
                    pagesCpu.add(serverTime(browser, "resource", "cpu"));
                }
                browser.screenshot("speed-review-3000");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-speed-review-3000");
                System.out.println("[speed] so far: loads " + format(loads) + "; next page " + format(pages));
                throw e;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "[speed] run %d: %d proposals of %d requests (%s), solved and stored in %.1f s%n",
                run.path("id").asLong(),
                proposals,
                run.path("requestCount").asInt(),
                run.path("status").asText(),
                solveSeconds);
        System.out.println("[speed] matching page with the review table, server time per load (ms, first = cold): "
                + format(loads));
        System.out.println("[speed] the same, CPU time of the request thread (ms): " + format(loadsCpu));
        System.out.println("[speed] review table, next page (ajax), server time (ms): " + format(pages));
        System.out.println("[speed] the same, CPU time of the request thread (ms): " + format(pagesCpu));
        System.out.printf(
                Locale.ROOT,
                "[speed] load average of the machine (%d cores) during the test: %.1f%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        List<Double> warm = loads.subList(1, loads.size()).stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "[speed] warm page loads: median %.0f ms, max %.0f ms%n",
                warm.get(warm.size() / 2),
                warm.get(warm.size() - 1));
        assertThat(loads)
                .allSatisfy(ms -> assertThat(ms).as("a Server-Timing figure").isPositive());
    }

    /** The {@code app} duration of the Server-Timing header of the page, or of the last ajax request. */
    private static double serverTime(Browser browser, String entryType) {
        return serverTime(browser, entryType, "app");
    }

    /** One metric ({@code app}: wall time, {@code cpu}: the request thread's CPU time) of the last such entry. */
    private static double serverTime(Browser browser, String entryType, String metric) {
        Object duration = ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "var m = arguments[1]; var e = performance.getEntriesByType(arguments[0]).filter(function(x) {"
                                + " return x.serverTiming && x.serverTiming.some(function(t) { return t.name === m; }); });"
                                + "if (e.length === 0) { return -1; }"
                                + "return e[e.length - 1].serverTiming.filter(function(t) { return t.name === m; })[0].duration;",
                        entryType,
                        metric);
        return ((Number) duration).doubleValue();
    }

    private static String format(List<Double> millis) {
        return String.join(
                ", ",
                millis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList());
    }

    /** 3,000 divisible requests of 60 States over 11 areas and 4 types; 300 offers with room for all of them. */
    private static String problem(ApiClient secretariat) {
        JsonNode states = secretariat.get("/api/v1/states").json();
        List<JsonNode> recipients = new ArrayList<>();
        states.forEach(s -> {
            if (recipients.size() < 60 && !DONORS.contains(s.path("code").asText())) {
                recipients.add(s);
            }
        });
        JsonNode areaList = secretariat.get("/api/v1/areas").json();
        List<String> areas = new ArrayList<>();
        areaList.forEach(a -> areas.add(a.path("code").asText(a.asText())));
        assertThat(recipients).hasSize(60);
        assertThat(areas).hasSizeGreaterThan(5);
        List<Map<String, Object>> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            JsonNode state = recipients.get(i % recipients.size());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", "S-" + i);
            r.put("state", state.path("code").asText());
            r.put("region", state.path("region").asText());
            r.put("area", areas.get(i % areas.size()));
            r.put("type", TYPES.get((i / areas.size()) % TYPES.size()));
            r.put("amountUsd", 10_000 + (i * 7919L % 90) * 1_000);
            r.put("divisible", true);
            r.put("priority", 1 + i % 5);
            r.put("start", "2027-02");
            r.put("end", "2027-10");
            requests.add(r);
        }
        List<Map<String, Object>> offers = new ArrayList<>();
        for (int j = 0; j < OFFERS; j++) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", "T-" + j);
            o.put("donor", DONORS.get(j % DONORS.size()));
            o.put("areas", List.of(areas.get(j % areas.size())));
            o.put("types", List.of(TYPES.get((j / areas.size()) % TYPES.size())));
            o.put("capacityUsd", 1_500_000L);
            o.put("regions", List.of());
            o.put("excludedStates", List.of());
            o.put("maxPerRequestUsd", null);
            o.put("start", "2027-01");
            o.put("end", "2027-12");
            offers.add(o);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("formatVersion", 1);
        problem.put("requests", requests);
        problem.put("offers", offers);
        problem.put("commitments", List.of());
        problem.put("rejections", List.of());
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
