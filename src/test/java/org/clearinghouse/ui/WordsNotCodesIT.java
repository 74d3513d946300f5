package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.matching.explain.ReasonCode;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.proposals.domain.RunStatus;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.DemoAccountNeeds;
import org.clearinghouse.testsupport.MatchingRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Words, not codes: after a matching run, the main pages of every role (public, recipient State, donor,
 * secretariat, administrator), in English and in French, show no engine code in their visible text: no area, type,
 * region or status constant, no unfunded reason code, no weighted score ({@code 0hard/...}). The matching page sums a
 * run up in a sentence and keeps the score as a detail; a proposal's explanation names its area, type, region,
 * amount and priority in words.
 */
class WordsNotCodesIT {

    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = Browser.perTestClass("words-failed-");

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");

    /** Every code of the engine and of the statuses a reader must never see, and the solver's score. */
    static final Pattern CODES = Pattern.compile("\\b("
            + Stream.of(
                            CommitmentArea.values(),
                            AssistanceType.values(),
                            Region.values(),
                            RequestStatus.values(),
                            OfferStatus.values(),
                            ProposalState.values(),
                            CommitmentStatus.values(),
                            RunStatus.values(),
                            ReasonCode.values())
                    .flatMap(Arrays::stream)
                    .map(Enum::name)
                    .distinct()
                    .collect(Collectors.joining("|"))
            + ")\\b|-?\\d+hard/");

    /** The main pages of each role (null: signed out). */
    private static final Map<String, List<String>> PAGES = pages();

    private static Map<String, List<String>> pages() {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(null, List.of("/index.xhtml"));
        pages.put(
                "recipient.NER",
                List.of(
                        "/recipient/home.xhtml",
                        "/recipient/requests.xhtml",
                        "/recipient/ranking.xhtml",
                        "/recipient/proposals.xhtml",
                        "/recipient/commitments.xhtml",
                        "/recipient/targets.xhtml",
                        "/recipient/alumni.xhtml",
                        "/recipient/fellowship.xhtml",
                        "/recipient/inbox.xhtml"));
        pages.put(
                "donor.DEU",
                List.of(
                        "/donor/home.xhtml",
                        "/donor/needs.xhtml",
                        "/donor/unmet.xhtml",
                        "/donor/offers.xhtml",
                        "/donor/proposals.xhtml",
                        "/donor/commitments.xhtml",
                        "/donor/external.xhtml",
                        "/donor/fellowship.xhtml",
                        "/donor/inbox.xhtml"));
        pages.put(
                "secretariat",
                List.of(
                        "/secretariat/home.xhtml",
                        "/secretariat/queue.xhtml",
                        "/secretariat/matching.xhtml",
                        "/secretariat/unmet.xhtml",
                        "/secretariat/duplicates.xhtml",
                        "/secretariat/complementarities.xhtml",
                        "/secretariat/external.xhtml",
                        "/secretariat/commitments.xhtml",
                        "/secretariat/targets.xhtml",
                        "/secretariat/dashboard.xhtml",
                        "/secretariat/attendance.xhtml",
                        "/secretariat/fellowship.xhtml",
                        "/secretariat/inbox.xhtml"));
        pages.put("admin", List.of("/admin/home.xhtml", "/admin/accounts.xhtml"));
        return pages;
    }

    private static JsonNode run;

    @BeforeAll
    static void aFinishedRunWithProposals() {
        DemoAccountNeeds.provide("Words not codes test");
        JsonNode latest = SECRETARIAT.get("/api/v1/matching/runs?size=1").json().path("items");
        if (latest.size() > 0) {
            MatchingRuns.finished(latest.get(0));
        }
        run = MatchingRuns.run(5);
        assertThat(run.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.path("proposalCount").asInt()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ar", "ru", "zh"})
    void noPageOfAnyRoleShowsAnEngineCode(String language) {
        List<String> codesSeen = new ArrayList<>();
        for (Map.Entry<String, List<String>> role : PAGES.entrySet()) {
            if (role.getKey() == null) {
                browser.signOut();
            } else {
                browser.signIn(role.getKey());
            }
            try {
                for (String page : role.getValue()) {
                    browser.open(page + "?lang=" + language);
                    String text = browser.driver.findElement(By.tagName("body")).getText();
                    assertThat(text).as(page + " in " + language + " is a page").doesNotContain("???");
                    Matcher code = CODES.matcher(text);
                    while (code.find()) {
                        codesSeen.add(language + " " + page + " (" + role.getKey() + "): "
                                + around(text, code.start(), code.end()));
                    }
                }
            } finally {
                if (role.getKey() != null) {
                    browser.open(role.getValue().get(0) + "?lang=en"); // the demo account's language back to English
                }
            }
        }
        assertThat(codesSeen).as("engine codes on the pages").isEmpty();
    }

    @Test
    void theMatchingPageSumsUpTheRunInWordsWithTheScoreAsADetail() {
        browser.signIn("secretariat");
        try {
            browser.open("/secretariat/matching.xhtml?lang=en");
            String summary = browser.driver.findElement(By.id("bestScore")).getText();
            assertThat(summary)
                    .startsWith("all rules met · USD ")
                    .containsPattern("proposed for \\d+ requests?")
                    .doesNotContainPattern("\\d+hard/");
            if (run.path("unfundedCount").asInt() > 0) {
                assertThat(summary).endsWith(" not fully funded");
            }
            WebElement score = browser.driver.findElement(By.id("weightedScore"));
            assertThat(score.isDisplayed())
                    .as("the score is hidden in the details")
                    .isFalse();
            browser.driver.findElement(By.cssSelector(".run-details summary")).click();
            assertThat(score.getText()).matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
            browser.screenshot("words-01-run-summary-en");

            browser.open("/secretariat/matching.xhtml?lang=fr");
            assertThat(browser.driver.findElement(By.id("bestScore")).getText())
                    .startsWith("toutes les règles respectées · ")
                    .contains(" USD proposés pour ");
            List<WebElement> explanations =
                    browser.driver.findElements(By.cssSelector("#matchForm\\:proposals .proposal-explanation"));
            assertThat(explanations)
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getText())
                            .contains("priorité ", "le domaine « ", "le type d'assistance « ")
                            .containsPattern("\\$US")
                            .doesNotContainPattern(CODES)
                            .doesNotContainPattern("\\bpoids\\b|\\bweight\\b"));
            assertThat(browser.driver.findElements(By.cssSelector(".unfunded-explanation")))
                    .allSatisfy(e -> assertThat(e.getText())
                            .contains("restent à financer")
                            .doesNotContainPattern(CODES)
                            .doesNotContainPattern("\\b[RO]-\\d+\\b"));
            browser.screenshot("words-02-explanations-fr");
        } finally {
            browser.open("/secretariat/home.xhtml?lang=en");
        }
    }

    @Test
    void aRecipientReadsWhyAProposalWasMadeInWords() {
        JsonNode mine = MatchingRuns.proposals(run).stream()
                .filter(p -> p.path("recipientState").asText().equals("NER"))
                .findFirst()
                .orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(mine != null, "the run proposed nothing for Niger");
        browser.signIn("recipient.NER");
        browser.open("/recipient/request-view.xhtml?lang=en&id="
                + mine.path("requestId").asLong());
        List<WebElement> explanations = browser.driver.findElements(By.cssSelector(".proposal-explanation"));
        assertThat(explanations)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getText())
                        .startsWith("This offer funds $")
                        .containsPattern("priority [1-5]")
                        .contains("the area “", "the type of assistance “")
                        .doesNotContainPattern(CODES)
                        .doesNotContain("weight"));
        browser.screenshot("words-03-explanation-recipient");
    }

    private static String around(String text, int start, int end) {
        return "…"
                + text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40))
                        .replace('\n', ' ') + "…";
    }
}
