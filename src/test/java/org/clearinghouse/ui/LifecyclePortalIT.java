package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.MatchingRuns;
import org.clearinghouse.testsupport.Payloads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The lifecycle pages in a real browser: a recipient State declines a proposal (a reason is required) and a donor
 * accepts one; a proposal is followed from PROPOSED to COMPLETED through the pages (endorsed by the secretariat,
 * accepted by both, implementation reported, completed with results), its history showing every step, and the
 * secretariat's dashboard showing the money disbursed; targets are recorded and show what serves them; each page is
 * kept to its roles. One matching run provides the proposals (between demo accounts only).
 */
class LifecyclePortalIT {

    private static final Map<String, String> RECIPIENTS =
            Map.of("NER", "recipient.NER", "MLI", "recipient.MLI", "HTI", "recipient.HTI");
    private static final Map<String, String> DONORS = Map.of("DEU", "donor.DEU", "JPN", "donor.JPN", "EU", "donor.EU");
    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");

    /** The browser of these tests; a failed test leaves a screenshot of its page. */
    @RegisterExtension
    static final Browser browser = Browser.perTestClass("failed-lifecycle-");
    /** The proposal followed to completion, and its page in the review table of the run. */
    private static JsonNode followed;

    private static int followedPage;
    /** Other proposals between demo accounts, for the decline and accept test. */
    private static final List<JsonNode> OTHERS = new ArrayList<>();

    @BeforeAll
    static void propose() {
        JsonNode run = MatchingRuns.run(3);
        assertThat(run.path("status").asText()).as(run.toString()).isEqualTo("COMPLETED");
        List<JsonNode> all = MatchingRuns.proposals(run).stream()
                .filter(p -> p.path("state").asText().equals("PROPOSED")
                        && RECIPIENTS.containsKey(p.path("recipientState").asText())
                        && DONORS.containsKey(p.path("donor").asText()))
                .toList();
        List<JsonNode> ordered = MatchingRuns.proposals(run);
        assertThat(all).as("proposals between demo accounts").isNotEmpty();
        followed = all.get(0);
        followedPage = ordered.indexOf(followed) / 10; // its page in the run's review table (10 rows a page)
        all.stream().filter(p -> p != followed).forEach(OTHERS::add);
        assertThat(OTHERS).as("other proposals between demo accounts").hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aRecipientDeclinesWithAReasonAndADonorAccepts() {
        JsonNode declined = OTHERS.get(0);
        JsonNode accepted = OTHERS.get(1);
        endorse(declined);
        endorse(accepted);

        // the recipient State sees who has accepted, and must give a reason to decline
        browser.signIn(RECIPIENTS.get(declined.path("recipientState").asText()));
        browser.driver.findElement(By.id("nav-proposals")).click();
        browser.waitForPage();
        browser.choose("proposalsForm:filterState", "Endorsed");
        long id = declined.path("id").asLong();
        assertThat(row(id).findElement(By.cssSelector(".acceptance-recipient")).getText())
                .isEqualTo("State: not yet accepted");
        assertThat(row(id).findElement(By.cssSelector(".acceptance-donor")).getText())
                .isEqualTo("Donor: not yet accepted");
        row(id).findElement(By.cssSelector(".decline-proposal")).click();
        browser.visible(By.id("declineForm:reason"));
        browser.driver.findElement(By.id("declineForm:confirmDecline")).click();
        assertThat(browser.visible(By.cssSelector("#declineForm .ui-message-error"))
                        .getText())
                .isEqualTo("Write the reason, so that the others understand.");
        browser.screenshot("l01-decline-needs-a-reason");
        String reason = "Our national commission will fund this from its own budget (test " + id + ").";
        browser.type(By.id("declineForm:reason"), reason);
        browser.driver.findElement(By.id("declineForm:confirmDecline")).click();
        browser.visible(By.xpath("//*[contains(text(), 'Proposal for \""
                + declined.path("requestTitle").asText() + "\" declined.')]"));
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("declineDialog")));
        browser.choose("proposalsForm:filterState", "Declined");
        waitForState(id, "Declined");
        assertThat(historyOf(id))
                .anySatisfy(h -> assertThat(h)
                        .contains("Endorsed → Declined")
                        .contains(reason)
                        .contains("recipient State"));
        assertNoRawKeys();
        browser.screenshot("l02-declined-with-history");
        assertThat(SECRETARIAT
                        .get("/api/v1/proposals/" + id)
                        .json()
                        .path("state")
                        .asText())
                .isEqualTo("DECLINED");

        // the donor of the other one accepts it: the State has not accepted yet
        long other = accepted.path("id").asLong();
        browser.signIn(DONORS.get(accepted.path("donor").asText()));
        browser.driver.findElement(By.id("nav-proposals-d")).click();
        browser.waitForPage();
        browser.choose("proposalsForm:filterState", "Endorsed");
        row(other).findElement(By.cssSelector(".accept-proposal")).click();
        browser.visible(By.xpath("//*[contains(text(), 'Proposal for \""
                + accepted.path("requestTitle").asText() + "\" accepted.')]"));
        browser.choose("proposalsForm:filterState", "Accepted by the donor");
        waitForState(other, "Accepted by the donor");
        assertThat(row(other).findElement(By.cssSelector(".acceptance-donor")).getText())
                .isEqualTo("Donor: accepted");
        assertThat(row(other)
                        .findElement(By.cssSelector(".acceptance-recipient"))
                        .getText())
                .isEqualTo("State: not yet accepted");
        assertThat(historyOf(other))
                .satisfiesExactly(
                        h -> assertThat(h).contains("Proposed → Endorsed").contains("secretariat"),
                        h -> assertThat(h)
                                .contains("Endorsed → Accepted by the donor")
                                .contains("donor"));
        browser.screenshot("l03-donor-accepted");
        assertThat(SECRETARIAT
                        .get("/api/v1/proposals/" + other)
                        .json()
                        .path("state")
                        .asText())
                .isEqualTo("DONOR_ACCEPTED");

        // a decision taken meanwhile by someone else: the page says so instead of applying it twice
        JsonNode third = OTHERS.stream()
                .skip(2)
                .filter(p ->
                        p.path("donor").asText().equals(accepted.path("donor").asText()))
                .findFirst()
                .orElse(null);
        if (third != null) {
            long thirdId = third.path("id").asLong();
            endorse(third);
            browser.open("/donor/proposals.xhtml");
            browser.choose("proposalsForm:filterState", "Endorsed");
            WebElement button = row(thirdId).findElement(By.cssSelector(".accept-proposal"));
            JsonNode now = SECRETARIAT.get("/api/v1/proposals/" + thirdId).json();
            ApiResponse first = ApiClient.as(DONORS.get(third.path("donor").asText()))
                    .post(
                            "/api/v1/proposals/" + thirdId + "/decisions",
                            Map.of(
                                    "action",
                                    "ACCEPT",
                                    "version",
                                    now.path("version").asLong()));
            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            button.click();
            browser.visible(By.xpath("//*[contains(text(), 'changed in the meantime')]"));
            browser.screenshot("l03b-conflict");
            assertThat(SECRETARIAT
                            .get("/api/v1/proposals/" + thirdId + "/history")
                            .json())
                    .as("applied once")
                    .filteredOn(h -> h.path("action").asText().equals("ACCEPT"))
                    .hasSize(1);
        }
    }

    @Test
    void aProposalIsFollowedThroughThePagesFromProposedToCompletedAndTheDashboardShowsIt() {
        long id = followed.path("id").asLong();
        String title = followed.path("requestTitle").asText();
        long disbursedBefore = SECRETARIAT
                .get("/api/v1/dashboard")
                .json()
                .path("totals")
                .path("disbursedUsd")
                .asLong();

        // the secretariat's dashboard before, then the endorsement on the review of the run
        browser.signIn("secretariat");
        browser.driver.findElement(By.id("nav-dashboard")).click();
        browser.waitForPage();
        browser.visible(By.cssSelector("#dashByArea canvas"));
        String disbursedShownBefore =
                browser.driver.findElement(By.id("dash-disbursed")).getText();
        browser.open("/secretariat/matching.xhtml");
        if (followedPage > 0) {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("PF('proposalsTable').getPaginator().setPage(arguments[0]);", followedPage);
            browser.waitForAjax();
        }
        browser.visible(By.cssSelector("#matchForm\\:proposals tr.proposal-" + id))
                .findElement(By.cssSelector(".endorse-proposal"))
                .click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#matchForm\\:proposals tr.proposal-" + id + " .proposal-state"), "Endorsed"));
        browser.waitForAjax();

        // the recipient State accepts, then the donor: committed, with a link to the commitment
        browser.signIn(RECIPIENTS.get(followed.path("recipientState").asText()));
        browser.open("/recipient/proposals.xhtml");
        browser.choose("proposalsForm:filterState", "Endorsed");
        row(id).findElement(By.cssSelector(".accept-proposal")).click();
        browser.visible(By.xpath("//*[contains(text(), 'Proposal for \"" + title + "\" accepted.')]"));
        browser.signIn(DONORS.get(followed.path("donor").asText()));
        browser.open("/donor/proposals.xhtml");
        browser.choose("proposalsForm:filterState", "Accepted by the State");
        assertThat(row(id).findElement(By.cssSelector(".acceptance-recipient")).getText())
                .isEqualTo("State: accepted");
        row(id).findElement(By.cssSelector(".accept-proposal")).click();
        browser.visible(By.xpath("//*[contains(text(), 'Proposal for \"" + title + "\" accepted.')]"));
        browser.choose("proposalsForm:filterState", "Committed");
        waitForState(id, "Committed");
        browser.screenshot("l04-committed");
        row(id).findElement(By.cssSelector("a.open-commitment")).click();
        browser.waitForPage();
        assertThat(browser.driver.getCurrentUrl()).contains("/donor/commitment.xhtml?id=");
        long commitmentId = SECRETARIAT
                .get("/api/v1/proposals/" + id)
                .json()
                .path("commitmentId")
                .asLong();
        long amount = SECRETARIAT
                .get("/api/v1/commitments/" + commitmentId)
                .json()
                .path("amountUsd")
                .asLong();
        long disbursed = Math.max(1, amount / 2);

        // the donor reports: more than committed is refused next to the field; then a first report starts
        // implementation
        number("progressForm:disbursed", Long.toString(amount + 1));
        number("progressForm:progress", "40");
        browser.driver.findElement(By.id("progressForm:saveProgress")).click();
        assertThat(browser.visible(By.cssSelector("#progressForm .ui-message-error"))
                        .getText())
                .contains("cannot be more than");
        number("progressForm:disbursed", Long.toString(disbursed));
        browser.type(By.id("progressForm:planned"), "Two marking machines installed; twenty operators trained.");
        browser.driver.findElement(By.id("progressForm:saveProgress")).click();
        browser.visible(By.xpath("//*[contains(text(), 'Report on \"" + title + "\" saved.')]"));
        browser.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("progressForm:status"), "Being implemented"));
        browser.screenshot("l05-implementing");

        // the recipient State completes it from its commitments page: date and results are required
        browser.signIn(RECIPIENTS.get(followed.path("recipientState").asText()));
        browser.driver.findElement(By.id("nav-commitments")).click();
        browser.waitForPage();
        browser.visible(By.cssSelector("tr.commitment-" + commitmentId + " a.commitment-request"))
                .click();
        browser.waitForPage();
        assertThat(browser.driver.findElement(By.id("progressForm:planned")).getAttribute("value"))
                .isEqualTo("Two marking machines installed; twenty operators trained.");
        number("progressForm:progress", "100");
        browser.driver.findElement(By.id("progressForm:complete")).click();
        browser.visible(By.cssSelector("#progressForm .ui-message-error"));
        assertThat(browser.html())
                .contains("Write the completion date to complete the commitment.")
                .contains("Write the results to complete the commitment.");
        browser.screenshot("l06-complete-needs-date-and-results");
        String day = LocalDate.now().toString();
        browser.type(By.id("progressForm:completionDate_input"), day);
        browser.driver.findElement(By.id("progressForm:completionDate_input")).sendKeys(Keys.ESCAPE);
        // the calendar may open (after its animation) while the date is typed: a click outside closes it; repeat
        // until it has stayed closed on three polls in a row
        java.util.concurrent.atomic.AtomicInteger closedPolls = new java.util.concurrent.atomic.AtomicInteger();
        browser.wait.until(d -> {
            boolean open = d.findElements(By.id("progressForm:completionDate_panel")).stream()
                    .anyMatch(WebElement::isDisplayed);
            if (open) {
                closedPolls.set(0);
                d.findElement(By.cssSelector(".commitment-title")).click();
                return false;
            }
            return closedPolls.incrementAndGet() >= 3;
        });
        browser.type(By.id("progressForm:achieved"), "Two machines in use; 4,000 weapons marked.");
        browser.type(By.id("progressForm:results"), "Every new State-owned weapon is now marked at import.");
        browser.driver.findElement(By.id("progressForm:complete")).click();
        browser.visible(By.xpath("//*[contains(text(), 'Commitment to \"" + title + "\" completed.')]"));
        browser.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("progressForm:status"), "Completed"));
        assertThat(browser.driver.findElements(By.id("progressForm:saveProgress")))
                .as("nothing more to report")
                .isEmpty();

        // the history shows every step, in order
        List<String> steps = browser.driver.findElements(By.cssSelector("#history .history-entry")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(steps)
                .satisfiesExactly(
                        h -> assertThat(h).contains("Proposed → Endorsed").contains("secretariat"),
                        h -> assertThat(h)
                                .contains("Endorsed → Accepted by the State")
                                .contains("recipient State"),
                        h -> assertThat(h)
                                .contains("Accepted by the State → Committed")
                                .contains("donor"),
                        h -> assertThat(h)
                                .contains("Committed → Being implemented")
                                .contains("donor"),
                        h -> assertThat(h)
                                .contains("Being implemented → Completed")
                                .contains("recipient State")
                                .contains("Every new State-owned weapon is now marked at import."));
        assertNoRawKeys();
        browser.screenshot("l07-completed-with-history");

        JsonNode commitment =
                SECRETARIAT.get("/api/v1/commitments/" + commitmentId).json();
        assertThat(commitment.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(commitment.path("disbursedUsd").asLong()).isEqualTo(disbursed);
        assertThat(commitment.path("completionDate").asText()).isEqualTo(day);
        assertThat(SECRETARIAT
                        .get("/api/v1/proposals/" + id)
                        .json()
                        .path("state")
                        .asText())
                .isEqualTo("COMPLETED");

        // the secretariat reads it (no report form) and its dashboard shows the money disbursed
        browser.signIn("secretariat");
        browser.open("/secretariat/commitment.xhtml?id=" + commitmentId);
        assertThat(browser.driver.findElement(By.id("progressForm:status")).getText())
                .isEqualTo("Completed");
        assertThat(browser.driver.findElements(By.id("progressForm:saveProgress")))
                .isEmpty();
        long disbursedAfter = SECRETARIAT
                .get("/api/v1/dashboard")
                .json()
                .path("totals")
                .path("disbursedUsd")
                .asLong();
        assertThat(disbursedAfter).isEqualTo(disbursedBefore + disbursed);
        browser.open("/secretariat/dashboard.xhtml");
        browser.visible(By.cssSelector("#dashByArea canvas"));
        NumberFormat usd = NumberFormat.getCurrencyInstance(Locale.US);
        usd.setMaximumFractionDigits(0);
        assertThat(browser.driver.findElement(By.id("dash-disbursed")).getText())
                .isEqualTo(usd.format(disbursedAfter))
                .isNotEqualTo(disbursedShownBefore);
        assertNoRawKeys();
        browser.screenshot("l08-dashboard");
    }

    @Test
    void aRecipientRecordsATargetAndSeesTheRequestsThatServeIt() {
        browser.signIn("recipient.NER");
        browser.driver.findElement(By.id("nav-targets")).click();
        browser.waitForPage();
        String indicator =
                browser.driver.findElement(By.id("targetForm:indicator_input")).getAttribute("value");
        assertThat(indicator).startsWith("SDG 16.4.2");
        browser.driver.findElement(By.id("targetForm:createTarget")).click();
        assertThat(browser.visible(By.cssSelector("#targetForm .ui-message-error"))
                        .getText())
                .isNotBlank();
        assertThat(browser.html())
                .contains("Describe the target.")
                .contains("Write the target value.")
                .contains("Write the year by which the target should be reached.");
        browser.screenshot("l09-target-needs-fields");
        String description = "Mark every State-owned small arm (browser test " + System.nanoTime() + ")";
        browser.type(By.id("targetForm:description"), description);
        number("targetForm:baseline", "20");
        number("targetForm:targetValue", "100");
        number("targetForm:targetYear", "2030");
        browser.driver.findElement(By.id("targetForm:createTarget")).click();
        browser.visible(By.xpath("//*[contains(text(), 'Target \"" + description + "\" recorded.')]"));
        long targetId = SECRETARIAT.get("/api/v1/targets?state=NER").json().findValues("id").stream()
                .mapToLong(JsonNode::asLong)
                .max()
                .orElseThrow();
        assertThat(SECRETARIAT
                        .get("/api/v1/targets/" + targetId)
                        .json()
                        .path("target")
                        .path("description")
                        .asText())
                .isEqualTo(description);

        // the request form offers it; a request of the State linked to it (here through the API) is listed on its page
        browser.open("/recipient/request.xhtml");
        browser.choose("requestForm:target", description);
        browser.screenshot("l09b-request-form-target");
        ApiResponse created = ApiClient.as("recipient.NER")
                .post(
                        "/api/v1/requests",
                        Payloads.with(
                                Payloads.request("NER"),
                                "title",
                                "Marking for target " + targetId,
                                "targetId",
                                targetId));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        browser.open("/recipient/targets.xhtml");
        browser.visible(By.xpath("//a[contains(@class,'target-link') and normalize-space()='" + description + "']"))
                .click();
        browser.waitForPage();
        assertThat(browser.driver.findElement(By.id("target-description")).getText())
                .isEqualTo(description);
        assertThat(browser.driver.findElement(By.cssSelector(".ch-facts")).getText())
                .contains("SDG 16.4.2")
                .contains("20")
                .contains("100 (2030)");
        assertThat(browser.driver.findElement(By.id("targetForm:requests")).getText())
                .contains("Marking for target " + targetId);
        assertNoRawKeys();
        browser.screenshot("l10-target-page");
    }

    @Test
    void eachPageIsKeptToItsRoles() {
        browser.signIn("recipient.NER");
        for (String page : List.of(
                "/secretariat/dashboard.xhtml",
                "/secretariat/commitments.xhtml",
                "/secretariat/targets.xhtml",
                "/donor/commitments.xhtml")) {
            browser.open(page);
            assertThat(browser.driver.findElements(By.id("error-403"))).as(page).hasSize(1);
            assertThat(browser.html()).doesNotContain("dashByArea").doesNotContain("commitmentsForm");
        }
        browser.signIn("donor.DEU");
        for (String page :
                List.of("/recipient/targets.xhtml", "/recipient/commitments.xhtml", "/secretariat/dashboard.xhtml")) {
            browser.open(page);
            assertThat(browser.driver.findElements(By.id("error-403"))).as(page).hasSize(1);
        }
        // a commitment that concerns neither the reader's State nor its offers is not shown
        JsonNode foreign =
                SECRETARIAT.get("/api/v1/proposals?state=COMMITTED").json().path("items");
        for (JsonNode p : foreign) {
            if (!p.path("donor").asText().equals("DEU")
                    && p.path("commitmentId").isNumber()) {
                browser.open(
                        "/donor/commitment.xhtml?id=" + p.path("commitmentId").asLong());
                assertThat(browser.driver.findElements(By.id("error-404"))).hasSize(1);
                assertThat(browser.html()).doesNotContain("progressForm");
                break;
            }
        }
        browser.signOut();
        browser.open("/secretariat/dashboard.xhtml");
        assertThat(browser.driver.getCurrentUrl()).contains("/login.xhtml?next=");

        // the public page carries the published summary
        browser.open("/?lang=en");
        browser.visible(By.cssSelector("#chartByYear canvas"));
        assertThat(browser.driver.findElement(By.id("measurability-heading")).getText())
                .isEqualTo("From needs to results");
        browser.screenshot("l11-public-summary");
    }

    private static void endorse(JsonNode proposal) {
        JsonNode now = SECRETARIAT
                .get("/api/v1/proposals/" + proposal.path("id").asLong())
                .json();
        ApiResponse endorsed = SECRETARIAT.post(
                "/api/v1/proposals/" + proposal.path("id").asLong() + "/decisions",
                Map.of("action", "ENDORSE", "version", now.path("version").asLong()));
        assertThat(endorsed.status()).as(endorsed.toString()).isEqualTo(200);
    }

    private static WebElement row(long proposalId) {
        return browser.visible(By.cssSelector("#proposalsForm\\:proposals tr.proposal-" + proposalId));
    }

    private static List<String> historyOf(long proposalId) {
        return browser
                .driver
                .findElements(By.xpath("//tr[contains(@class,'proposal-" + proposalId
                        + "')]/following-sibling::tr[1]//tr[contains(@class,'history-entry')]"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void waitForState(long proposalId, String state) {
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#proposalsForm\\:proposals tr.proposal-" + proposalId + " .proposal-state"), state));
        browser.waitForAjax();
    }

    /** Replaces the value of a PrimeFaces inputNumber (clear() alone leaves its formatted text). */
    private static void number(String id, String value) {
        WebElement input = browser.visible(By.id(id + "_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }

    private static void assertNoRawKeys() {
        String text = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(text)
                .doesNotContain("???")
                .doesNotContainPattern(
                        "\\b(field|nav|action|status|proposalState|commitmentStatus|commitment|commitments|history|party|dashboard|targets?)\\.[a-zA-Z_]+\\b");
    }
}
