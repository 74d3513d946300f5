package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 13's whole path through the pages in headless Chromium, as the three roles: the secretariat publishes a call
 * for a course running today, Niger and Mali nominate on their page (consent confirmed, rank), Germany funds two seats
 * on its page, the secretariat proposes the cohort, pins Haiti's nominee in, closes nominations early and confirms;
 * Haiti sees its nominee selected; the secretariat records on its attendance page that she completed the course;
 * Haiti finds her on its alumni page, downloads her certificate (a PDF) and writes the 6-month follow-up (the test
 * servers open it 200 days early), which the secretariat then reads through the API and on its attendance page.
 */
class FellowshipPortalIT {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass("failed-");

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void publishNominateFundProposeConfirmAttendAndFollowUpThroughThePages() throws Exception {
        String title = "Portal fellowship " + System.nanoTime();

        // the secretariat publishes
        browser.signIn("secretariat");
        browser.open("/secretariat/fellowship.xhtml?lang=en");
        browser.type(By.id("publishForm:title"), title);
        browser.type(By.id("publishForm:hostState"), "SEN");
        // a course running today (attendance needs it started), nominations until today
        browser.type(By.id("publishForm:start"), TODAY.toString());
        browser.type(By.id("publishForm:end"), TODAY.toString());
        browser.type(By.id("publishForm:deadline"), TODAY.toString());
        typeNumber("publishForm:seats_input", "4");
        typeNumber("publishForm:seatCost_input", "9000");
        browser.screenshot("90-fellowship-publish");
        browser.driver.findElement(By.id("publishForm:publish")).click();
        browser.waitForPage();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "is published"));
        long callId = callIdOf(title);

        // two States nominate on their page, a third through the API
        nominateOnThePage("recipient.NER", title, "Aminata", "Woman");
        nominateOnThePage("recipient.MLI", title, "Boubacar", "Man");
        Map<String, Object> haiti = new HashMap<>();
        haiti.put("givenName", "Rose-Marie");
        haiti.put("familyName", "Portal");
        haiti.put("gender", "FEMALE");
        haiti.put("yearsExperience", 4);
        haiti.put("rank", 1);
        haiti.put("consentConfirmed", true);
        ApiResponse nominated =
                ApiClient.as("recipient.HTI").post("/api/v1/fellowship/calls/" + callId + "/nominations", haiti);
        assertThat(nominated.status()).as(nominated.toString()).isEqualTo(201);
        long haitiNominee = nominated.json().path("id").asLong();

        // Germany funds two seats on its page
        browser.signIn("donor.DEU");
        browser.open("/donor/fellowship.xhtml?lang=en");
        browser.visible(By.cssSelector("tr.fellowship-call-" + callId));
        browser.choose("fundForm:call", title);
        typeNumber("fundForm:seats_input", "2");
        browser.driver.findElement(By.id("fundForm:fund")).click();
        browser.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("fundForm:messages"), "seat(s) funded"));
        assertThat(call(callId).path("fundedSeats").asLong()).isEqualTo(2);

        // the secretariat proposes, pins Haiti's nominee in, closes and confirms
        browser.signIn("secretariat");
        browser.open("/secretariat/fellowship-call.xhtml?lang=en&id=" + callId);
        assertThat(browser.driver.findElement(By.id("reviewForm:nominations")).getText())
                .contains("Aminata", "Boubacar", "Rose-Marie");
        browser.driver.findElement(By.id("reviewForm:propose")).click();
        browser.waitForAjax();
        browser.visible(By.id("reviewForm:selected"));
        assertThat(browser.driver.findElements(By.cssSelector("#reviewForm\\:selected tbody tr")))
                .hasSize(2);
        browser.driver
                .findElement(By.cssSelector("tr.nomination-" + haitiNominee + " button[id$='pinIn']"))
                .click();
        browser.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("reviewForm:messages"), "decision is saved"));
        assertThat(browser.driver
                        .findElement(By.cssSelector("tr.nomination-" + haitiNominee))
                        .getText())
                .contains("Kept in the cohort");
        assertThat(browser.driver.findElement(By.id("reviewForm:selected")).getText())
                .contains("Rose-Marie");
        browser.screenshot("91-fellowship-review");
        browser.driver.findElement(By.id("reviewForm:close")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("reviewForm:messages"), "Nominations are closed"));
        browser.driver.findElement(By.id("reviewForm:confirm")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("reviewForm:messages"), "The cohort is confirmed"));
        assertThat(browser.driver.findElement(By.id("callStatus")).getText()).isEqualTo("Cohort confirmed");
        assertThat(call(callId).path("status").asText()).isEqualTo("CONFIRMED");

        // Haiti sees its nominee selected, with a way to withdraw
        browser.signIn("recipient.HTI");
        browser.open("/recipient/fellowship.xhtml?lang=en");
        String row =
                browser.visible(By.cssSelector("tr.nomination-" + haitiNominee)).getText();
        assertThat(row).contains("Rose-Marie", "Selected");
        browser.screenshot("92-fellowship-outcome");

        // after the course: the secretariat records that she completed it
        browser.signIn("secretariat");
        AlumniSteps.recordCompleted(browser, callId, haitiNominee, "Rose-Marie Portal", "HTI", "Woman");
        browser.screenshot("93-fellowship-attendance");

        // Haiti downloads her certificate and writes the 6-month follow-up; the secretariat reads it
        browser.signIn("recipient.HTI");
        AlumniSteps.seeAlumnusAndCertificate(browser, haitiNominee, TODAY, "Rose-Marie Portal", title);
        String applied = "Trained nine border officers in marking " + title;
        AlumniSteps.writeSixMonthFollowUp(browser, haitiNominee, applied);
        browser.screenshot("94-fellowship-follow-up");
        AlumniSteps.assertSecretariatReads(haitiNominee, applied);
        browser.signIn("secretariat");
        AlumniSteps.secretariatReadsOnAttendancePage(browser, callId, haitiNominee, applied, TODAY, TODAY);
        browser.screenshot("95-fellowship-follow-up-read");
    }

    private static void nominateOnThePage(String account, String title, String givenName, String gender) {
        browser.signIn(account);
        browser.open("/recipient/fellowship.xhtml?lang=en");
        browser.choose("nominateForm:call", title);
        browser.type(By.id("nominateForm:givenName"), givenName);
        browser.type(By.id("nominateForm:familyName"), "Portal");
        browser.choose("nominateForm:gender", gender);
        typeNumber("nominateForm:years_input", "7");
        typeNumber("nominateForm:rank_input", "1");
        browser.driver
                .findElement(By.cssSelector("#nominateForm\\:consent .ui-chkbox-box"))
                .click();
        browser.driver.findElement(By.id("nominateForm:nominate")).click();
        browser.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("nominateForm:messages"), "is nominated"));
        String own = browser.driver.findElement(By.id("nominateForm:own")).getText();
        assertThat(own).contains(title, givenName, "Not decided yet");
    }

    /** Replaces what a PrimeFaces inputNumber holds (clear() leaves its formatted value). */
    private static void typeNumber(String id, String value) {
        WebElement input = browser.wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }

    private static long callIdOf(String title) {
        for (JsonNode c : ApiClient.anonymous().get("/api/v1/fellowship/calls").json()) {
            if (c.path("title").asText().equals(title)) {
                return c.path("id").asLong();
            }
        }
        throw new AssertionError("no call " + title);
    }

    private static JsonNode call(long id) {
        return ApiClient.anonymous().get("/api/v1/fellowship/calls/" + id).json();
    }
}
