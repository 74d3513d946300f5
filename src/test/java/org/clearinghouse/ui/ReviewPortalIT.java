package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.DemoAccountNeeds;
import org.clearinghouse.testsupport.MatchingRuns;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review of matching in a real browser: the secretariat runs matching and watches it, endorses one proposal and
 * rejects another with a reason; the recipient State and the donor of the endorsed one accept it on their pages,
 * and it is committed.
 */
class ReviewPortalIT {

    /** The recipient States and donors with demo accounts (recipient.NER, donor.DEU, ...). */
    private static final java.util.Set<String> RECIPIENTS = DemoAccountNeeds.RECIPIENTS;

    private static final java.util.Set<String> DONORS = DemoAccountNeeds.DONORS;
    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");

    /** The browser of these tests; a failed test leaves a screenshot of its page. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = Browser.perTestClass("failed-review-");

    @Test
    void theSecretariatRunsMatchingEndorsesAndRejectsAndBothPartiesAcceptIntoACommitment() {
        waitUntilNoRunIsInProgress();
        DemoAccountNeeds.provide("Review portal test");
        browser.signIn("secretariat");
        browser.driver.findElement(By.id("nav-matching")).click();
        browser.waitForPage();
        assertThat(browser.driver.getCurrentUrl()).endsWith("/secretariat/matching.xhtml");

        // start a run of 6 seconds and watch it: status, elapsed time moving, progress bar, a Stop button
        timeLimit("6");
        browser.driver.findElement(By.id("matchForm:startRun")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("matchForm:runStatus"), "Running"));
        browser.visible(By.id("matchForm:stopRun"));
        browser.visible(By.id("matchForm:runProgress"));
        String firstElapsed = browser.driver.findElement(By.id("elapsed")).getText();
        browser.wait.until(d -> !d.findElement(By.id("elapsed")).getText().equals(firstElapsed));
        browser.screenshot("r01-matching-running");

        // the review of the finished run
        new WebDriverWait(browser.driver, Duration.ofSeconds(90))
                .until(ExpectedConditions.textToBe(By.id("matchForm:runStatus"), "Complete"));
        browser.visible(By.id("matchForm:proposals"));
        browser.visible(By.cssSelector("#matchForm\\:coverageChart canvas"));
        assertThat(browser.driver.findElements(By.id("matchForm:stopRun"))).isEmpty();
        assertThat(browser.html()).contains("The run is complete:");
        assertNoRawKeys();
        browser.screenshot("r02-matching-review");
        scrollTo(By.id("coverage-heading"));
        assertThat(browser.driver.findElements(By.cssSelector(".unfunded-reason")))
                .allSatisfy(reason ->
                        assertThat(reason.getText()).doesNotContain("_").isNotBlank());
        browser.screenshot("r02b-coverage-and-unfunded");
        browser.visible(By.cssSelector("#matchForm\\:areaChart canvas"));
        browser.visible(By.cssSelector("#matchForm\\:regionChart canvas"));
        assertThat(browser.driver.findElements(By.cssSelector("#matchForm\\:coverageArea tbody tr")))
                .isNotEmpty();
        assertThat(browser.driver.findElement(By.id("matchForm:coverageRegion")).getText())
                .containsAnyOf("Africa", "Americas", "Asia");
        JsonNode finished = SECRETARIAT
                .get("/api/v1/matching/runs?size=1")
                .json()
                .path("items")
                .get(0);
        int inversions = finished.path("priorityInversions").asInt();
        scrollTo(By.id("inversions-heading"));
        assertThat(browser.driver.findElement(By.id("inversionCount")).getText())
                .isEqualTo(String.valueOf(inversions));
        JsonNode coverage = SECRETARIAT
                .get("/api/v1/matching/runs/" + finished.path("id").asLong() + "/coverage")
                .json();
        assertThat(coverage.path("inversions").size()).isEqualTo(inversions);
        if (inversions > 0) {
            assertThat(browser.driver.findElement(By.id("matchForm:inversions")).getText())
                    .contains(
                            coverage.path("inversions")
                                    .get(0)
                                    .path("higherTitle")
                                    .asText(),
                            coverage.path("inversions")
                                    .get(0)
                                    .path("lowerTitle")
                                    .asText());
        } else {
            assertThat(browser.driver.findElement(By.id("matchForm:inversions")).getText())
                    .contains("None:");
        }
        browser.screenshot("r02c-coverage-area-region-inversions");

        // choose the first proposal (in the table's order, the engine's) whose State and donor have demo accounts,
        // and another one on the same page of the table to reject
        JsonNode run = SECRETARIAT
                .get("/api/v1/matching/runs?size=1")
                .json()
                .path("items")
                .get(0);
        assertThat(run.path("status").asText()).isEqualTo("COMPLETED");
        List<JsonNode> all = MatchingRuns.proposals(run);
        int at = IntStream.range(0, all.size())
                .filter(i -> all.get(i).path("state").asText().equals("PROPOSED")
                        && RECIPIENTS.contains(all.get(i).path("recipientState").asText())
                        && DONORS.contains(all.get(i).path("donor").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no proposal between demo accounts in " + all));
        JsonNode endorsed = all.get(at);
        List<JsonNode> samePage = all.subList(at / 10 * 10, Math.min(all.size(), at / 10 * 10 + 10));
        JsonNode rejected = samePage.stream()
                .filter(p -> p.path("state").asText().equals("PROPOSED")
                        && p.path("id").asLong() != endorsed.path("id").asLong())
                .findFirst()
                .orElseThrow();
        long id = endorsed.path("id").asLong();
        browser.onSomePage("matchForm:proposals", By.cssSelector("tr.proposal-" + id));

        row(id).findElement(By.cssSelector(".endorse-proposal")).click();
        waitForState("matchForm", id, "Endorsed");
        browser.visible(By.xpath("//*[contains(text(), 'the State and the donor can now accept it.')]"));
        assertThat(row(id).findElements(By.cssSelector(".endorse-proposal"))).isEmpty();

        long rejectedId = rejected.path("id").asLong();
        row(rejectedId).findElement(By.cssSelector(".reject-proposal")).click();
        browser.visible(By.id("rejectForm:reason"));
        browser.driver.findElement(By.id("rejectForm:confirmReject")).click();
        assertThat(browser.visible(By.cssSelector("#rejectForm .ui-message-error"))
                        .getText())
                .isEqualTo("Write the reason, so that the others understand.");
        browser.screenshot("r03-reject-needs-a-reason");
        browser.type(By.id("rejectForm:reason"), "The State asked to fund this request from its own budget.");
        browser.driver.findElement(By.id("rejectForm:confirmReject")).click();
        waitForState("matchForm", rejectedId, "Rejected");
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("rejectDialog")));
        assertThat(row(rejectedId).getText()).contains("The State asked to fund this request from its own budget.");
        browser.screenshot("r04-endorsed-and-rejected");

        // the recipient State accepts it from its proposals page
        browser.signIn("recipient." + endorsed.path("recipientState").asText());
        assertThat(Long.parseLong(
                        browser.driver.findElement(By.id("count-proposals")).getText()))
                .isGreaterThanOrEqualTo(1);
        browser.driver.findElement(By.id("nav-proposals")).click();
        browser.waitForPage();
        browser.choose("proposalsForm:filterState", "Endorsed");
        row(id).findElement(By.cssSelector(".accept-proposal")).click();
        browser.visible(By.xpath("//*[contains(text(), 'Proposal for \""
                + endorsed.path("requestTitle").asText() + "\" accepted.')]"));
        browser.choose("proposalsForm:filterState", "Accepted by the State");
        waitForState("proposalsForm", id, "Accepted by the State");
        assertThat(row(id).findElements(By.cssSelector(".accept-proposal"))).isEmpty();
        assertNoRawKeys();
        browser.screenshot("r05-recipient-accepted");

        // then the donor of its offer: the second acceptance commits
        browser.signIn("donor." + endorsed.path("donor").asText());
        browser.driver.findElement(By.id("nav-proposals-d")).click();
        browser.waitForPage();
        browser.choose("proposalsForm:filterState", "Accepted by the State");
        assertThat(row(id).findElements(By.cssSelector(".decline-proposal"))).hasSize(1);
        row(id).findElement(By.cssSelector(".accept-proposal")).click();
        browser.visible(By.xpath("//*[contains(text(), 'Proposal for \""
                + endorsed.path("requestTitle").asText() + "\" accepted.')]"));
        browser.choose("proposalsForm:filterState", "Committed");
        waitForState("proposalsForm", id, "Committed");
        assertThat(row(id).findElements(By.cssSelector(".accept-proposal"))).isEmpty();
        browser.screenshot("r06-donor-accepted-committed");

        JsonNode stored = SECRETARIAT.get("/api/v1/proposals/" + id).json();
        assertThat(stored.path("state").asText()).isEqualTo("COMMITTED");
        assertThat(stored.path("commitmentId").isNumber()).isTrue();
        assertThat(SECRETARIAT
                        .get("/api/v1/proposals/" + rejectedId)
                        .json()
                        .path("state")
                        .asText())
                .isEqualTo("REJECTED");

        // the recipient State sees it on the request's detail page: the proposal committed, the commitment and its
        // progress; never another State's request
        String recipient = "recipient." + endorsed.path("recipientState").asText();
        long requestId = endorsed.path("requestId").asLong();
        browser.signIn(recipient);
        browser.open("/recipient/requests.xhtml");
        assertThat(browser.driver.findElements(By.cssSelector("a.view-request, .view-request a")))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/recipient/request-view.xhtml?id="));
        browser.open("/recipient/request-view.xhtml?id=" + requestId);
        assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo(endorsed.path("requestTitle").asText());
        assertThat(browser.visible(By.cssSelector("#detailForm\\:proposals tr.proposal-" + id + " .proposal-state"))
                        .getText())
                .isEqualTo("Committed");
        assertThat(browser.driver
                        .findElement(By.cssSelector("#detailForm\\:proposals tr.proposal-" + id))
                        .getText())
                .contains(endorsed.path("donorName").asText());
        assertThat(browser.driver.findElements(By.cssSelector("#detailForm\\:proposals tr.proposal-" + rejectedId)))
                .as("the rejected proposal concerned another request or shows as rejected")
                .allSatisfy(r -> assertThat(r.getText()).contains("Rejected"));
        long commitmentId = stored.path("commitmentId").asLong();
        assertThat(browser.visible(By.cssSelector("#detailForm\\:commitments tr.commitment-" + commitmentId))
                        .getText())
                .contains("Committed", endorsed.path("offerTitle").asText());
        assertThat(browser.driver
                        .findElement(By.cssSelector(
                                "#detailForm\\:commitments tr.commitment-" + commitmentId + " .ui-progressbar"))
                        .isDisplayed())
                .isTrue();
        assertNoRawKeys();
        browser.screenshot("r06b-recipient-request-detail");
        String otherState = RECIPIENTS.stream()
                .filter(s -> !s.equals(endorsed.path("recipientState").asText()))
                .findFirst()
                .orElseThrow();
        long othersRequest = SECRETARIAT
                .get("/api/v1/requests?state=" + otherState + "&size=1")
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asLong();
        browser.open("/recipient/request-view.xhtml?id=" + othersRequest);
        assertThat(browser.driver.findElements(By.id("error-404"))).hasSize(1);
        assertThat(browser.html()).doesNotContain("detailForm");
        browser.open("/recipient/request-view.xhtml?id=999999999");
        assertThat(browser.driver.findElements(By.id("error-404"))).hasSize(1);

        // and the secretariat sees it committed in its review
        browser.signIn("secretariat");
        browser.open("/secretariat/matching.xhtml");
        browser.onSomePage("matchForm:proposals", By.cssSelector("tr.proposal-" + id));
        waitForState("matchForm", id, "Committed");
        browser.screenshot("r07-secretariat-sees-committed");

        // every text of the page exists in Arabic (the language is remembered per user: back to English after)
        browser.open("/secretariat/matching.xhtml?lang=ar");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("rtl");
        assertNoRawKeys();
        browser.screenshot("r07b-matching-ar");

        // in French, the engine's explanations are French too (written from their stored key and arguments)
        browser.open("/secretariat/matching.xhtml?lang=fr");
        List<WebElement> explanations =
                browser.driver.findElements(By.cssSelector("#matchForm\\:proposals .proposal-explanation"));
        assertThat(explanations)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getText())
                        .contains("chevauche")
                        .doesNotContain("overlaps")
                        .doesNotContain("it serves"));
        assertThat(browser.driver.findElements(By.cssSelector(".unfunded-explanation")))
                .allSatisfy(e ->
                        assertThat(e.getText()).contains("restent à financer").doesNotContain("still open"));
        browser.screenshot("r07c-matching-fr");
        browser.open("/secretariat/matching.xhtml?lang=en");
    }

    @Test
    void aRunInProgressCanBeStoppedAndKeepsItsBestProposal() {
        waitUntilNoRunIsInProgress();
        browser.signIn("secretariat");
        browser.open("/secretariat/matching.xhtml");
        timeLimit("600");
        browser.driver.findElement(By.id("matchForm:startRun")).click();
        browser.wait.until(ExpectedConditions.textToBe(By.id("matchForm:runStatus"), "Running"));
        assertThat(browser.driver.findElement(By.id("matchForm:startRun")).isEnabled())
                .isFalse();
        browser.wait.until(d -> !d.findElement(By.id("bestScore")).getText().equals("not yet"));
        browser.driver.findElement(By.id("matchForm:stopRun")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBe(By.id("matchForm:runStatus"), "Stopped"));
        browser.visible(By.id("matchForm:proposals"));
        assertThat(browser.html()).contains("The run was stopped:");
        browser.screenshot("r08-run-stopped");

        // a run started elsewhere meanwhile: the page says so in words
        JsonNode other = SECRETARIAT
                .post("/api/v1/matching/runs", Map.of("timeLimitSeconds", 5))
                .json();
        try {
            browser.driver.findElement(By.id("matchForm:startRun")).click();
            browser.visible(By.xpath("//*[contains(text(), 'A matching run is already in progress.')]"));
            browser.screenshot("r09-run-in-progress");
        } finally {
            MatchingRuns.finished(other);
        }
    }

    private static WebElement row(long proposalId) {
        return browser.visible(By.cssSelector("tr.proposal-" + proposalId));
    }

    /** Replaces the spinner's value (clear() alone leaves PrimeFaces' spinner text in place). */
    private static void timeLimit(String seconds) {
        WebElement input = browser.visible(By.id("matchForm:timeLimit_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(seconds);
        browser.wait.until(d -> seconds.equals(input.getAttribute("value")));
    }

    private static void waitForState(String form, long proposalId, String state) {
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#" + form + "\\:proposals tr.proposal-" + proposalId + " .proposal-state"), state));
        browser.waitForAjax();
    }

    private static void scrollTo(By locator) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView(true);", browser.visible(locator));
    }

    /** Only one run at a time, server-wide: another test's run must end first. */
    private static void waitUntilNoRunIsInProgress() {
        JsonNode latest = SECRETARIAT.get("/api/v1/matching/runs?size=1").json().path("items");
        if (latest.size() > 0) {
            MatchingRuns.finished(latest.get(0));
        }
    }

    private static void assertNoRawKeys() {
        String text = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(text)
                .doesNotContain("???")
                .doesNotContainPattern(
                        "\\b(field|nav|action|status|proposalState|runStatus|unfundedReason|matching|proposals?)\\.[a-zA-Z_]+\\b");
    }
}
