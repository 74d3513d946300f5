package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal in a real browser (headless Chromium), each role's main path. One browser for the class; each test
 * starts by signing in afresh (no state shared between tests).
 */
class PortalIT {

    /** The browser of these tests; a failed test leaves a screenshot of its page. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = Browser.perTestClass("failed-");

    @Test
    void publicPageExplainsThePlatformAndShowsPublishedNeedsAndCharts() {
        browser.signOut();
        browser.open("/?lang=en");

        // the page is painted before it asks for its scripts (PaintFirstScriptsWriter)
        String paintThenScript = "return [performance.getEntriesByName('first-contentful-paint')[0].startTime,"
                + " performance.getEntriesByType('resource').find(e => e.name.includes('/core.js')).startTime];";
        List<?> paintAndScript = (List<?>) ((JavascriptExecutor) browser.driver).executeScript(paintThenScript);
        assertThat(((Number) paintAndScript.get(1)).doubleValue())
                .as("core.js is requested after the first contentful paint")
                .isGreaterThanOrEqualTo(((Number) paintAndScript.get(0)).doubleValue());
        assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Matching assistance needs with resources");
        assertThat(browser.html()).contains("Programme of Action").contains("International Tracing Instrument");
        browser.drawnChart("chartByArea");
        browser.drawnChart("chartByRegion");
        browser.drawnChart("chartByYear");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#publishedForm\\:published_data tr"));
        assertThat(rows).isNotEmpty();
        assertThat(browser.html()).doesNotContain("Secure storage for weapons seized"); // HTI did not consent
        assertNoRawKeys();
        browser.screenshot("01-public");
    }

    @Test
    void everyRoleSignsInToItsOwnHomePage() {
        record Expected(String user, String path, String role, String screenshot) {}
        for (Expected e : List.of(
                new Expected("recipient.NER", "/recipient/home.xhtml", "Recipient State", "02-home-recipient"),
                new Expected("donor.DEU", "/donor/home.xhtml", "Donor", "03-home-donor"),
                new Expected("secretariat", "/secretariat/home.xhtml", "Secretariat", "04-home-secretariat"),
                new Expected("admin", "/admin/home.xhtml", "Administrator", "05-home-admin"))) {
            browser.signIn(e.user());
            assertThat(browser.driver.getCurrentUrl()).endsWith(e.path());
            assertThat(browser.driver.findElement(By.id("user-role")).getText()).startsWith(e.role());
            assertNoRawKeys();
            browser.screenshot(e.screenshot());
        }
        browser.signIn("secretariat");
        assertThat(Long.parseLong(
                        browser.driver.findElement(By.id("count-waiting")).getText()))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aNeedGoesFromADraftWithAMistakeToRankedSubmittedAndValidated() {
        String title = "Armoury locks for district police " + System.nanoTime();
        browser.signIn("recipient.HTI");

        // the form: a missing amount is reported next to the amount field, then fixed
        browser.open("/recipient/request.xhtml");
        browser.type(By.id("requestForm:title"), title);
        browser.type(By.id("requestForm:description"), "Locks and alarms for twelve district armouries.");
        browser.choose("requestForm:area", "Stockpile management and physical security");
        browser.visible(By.xpath("//*[@id='requestForm:areaHelp'][contains(., '32–34, 59–60')]"));
        browser.choose("requestForm:type", "Equipment");
        browser.choose("requestForm:priority", "5");
        browser.typeMonth("requestForm:start", "2027-04");
        browser.typeMonth("requestForm:end", "2027-12");
        browser.driver.findElement(By.id("requestForm:save")).click();
        browser.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("requestForm:amountMessage"), "Enter"));
        assertThat(browser.driver
                        .findElement(By.id("requestForm:amountMessage"))
                        .getText())
                .isEqualTo("Enter the amount in US dollars.");
        assertThat(browser.driver.findElements(By.cssSelector("#requestForm .ui-message-error")))
                .hasSize(1);
        browser.screenshot("06-request-form-error");

        browser.type(By.id("requestForm:amount_input"), "125000");
        browser.driver.findElement(By.id("requestForm:save")).click();
        browser.wait.until(ExpectedConditions.urlContains("/recipient/requests.xhtml"));
        browser.onSomePage("requestsForm:requests", By.linkText(title));
        assertThat(browser.html()).contains("Request \"" + title + "\" saved.");
        browser.screenshot("07-my-requests");

        // the national ranking: drag the new request (priority 5, newest: last) to the top
        browser.open("/recipient/ranking.xhtml");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#rankingForm\\:ranking_data > tr"));
        assertThat(rows.size()).isGreaterThan(2);
        WebElement last = rows.get(rows.size() - 1);
        assertThat(last.getText()).contains(title);
        WebElement first = rows.get(0);
        new Actions(browser.driver)
                .clickAndHold(last.findElement(By.cssSelector(".ch-drag")))
                .moveByOffset(0, -10)
                .moveToElement(first)
                .moveByOffset(0, -first.getSize().getHeight() / 2 + 2)
                .pause(300)
                .release()
                .perform();
        browser.wait.until(d -> d.findElements(By.cssSelector("#rankingForm\\:ranking_data > tr"))
                .get(0)
                .getText()
                .contains(title));
        browser.waitForAjax();
        browser.screenshot("08-ranking-dragged");
        browser.wait
                .until(ExpectedConditions.elementToBeClickable(By.id("rankingForm:saveRanking")))
                .click();
        browser.visible(By.xpath("//*[contains(text(), 'The national priorities are saved.')]"));
        browser.open("/recipient/ranking.xhtml");
        assertThat(browser.driver
                        .findElements(By.cssSelector("#rankingForm\\:ranking_data > tr"))
                        .get(0)
                        .getText())
                .contains(title);

        // submit it from the list (priority 1 now: first page)
        browser.open("/recipient/requests.xhtml");
        WebElement row =
                browser.onSomePage("requestsForm:requests", By.xpath("//tr[.//a[normalize-space()='" + title + "']]"));
        assertThat(row.getText()).contains("Draft");
        row.findElement(By.cssSelector(".submit-request")).click();
        browser.visible(By.xpath("//tr[.//a[normalize-space()='" + title
                + "']]//*[contains(@class,'request-status')][normalize-space()='Submitted']"));

        // its detail page, from the list: status, fields, no proposal yet
        WebElement details = browser.visible(By.xpath("//tr[.//a[normalize-space()='" + title + "']]"))
                .findElement(By.cssSelector("a.view-request, .view-request a"));
        details.click();
        browser.wait.until(ExpectedConditions.urlContains("/recipient/request-view.xhtml?id="));
        browser.waitForPage();
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.driver.findElement(By.id("detailForm:requestStatus")).getText())
                .isEqualTo("Submitted");
        assertThat(browser.driver.findElement(By.id("requestAmount")).getText()).isEqualTo("$125,000");
        assertThat(browser.driver.findElement(By.id("requestFields")).getText())
                .contains("Stockpile management and physical security", "Equipment", "April 2027 – December 2027");
        assertThat(browser.driver.findElement(By.id("detailForm:proposals")).getText())
                .contains("No proposal has been made for this request yet.");
        assertNoRawKeys();
        browser.screenshot("07b-request-detail");

        // the secretariat validates it
        browser.signIn("secretariat");
        browser.open("/secretariat/queue.xhtml");
        WebElement queued = browser.onSomePage(
                "queueForm:queue",
                By.xpath("//tr[.//div[contains(@class,'queue-title')][normalize-space()='" + title + "']]"));
        browser.screenshot("09-validation-queue");
        queued.findElement(By.cssSelector(".validate-request")).click();
        browser.visible(By.xpath("//*[contains(text(), 'Request \"" + title + "\" validated.')]"));
        assertThat(browser.driver.findElements(
                        By.xpath("//div[contains(@class,'queue-title')][normalize-space()='" + title + "']")))
                .isEmpty();

        // and donors now see it among the validated needs
        browser.signIn("donor.EU");
        browser.open("/donor/unmet.xhtml");
        browser.visible(By.xpath("//td[normalize-space()='" + title + "']"));
        browser.screenshot("10-unmet-needs");
    }

    @Test
    void theSecretariatReturnsARequestWithAComment() {
        String title = "Fellowship nomination " + System.nanoTime();
        var mali = org.clearinghouse.testsupport.ApiClient.as("recipient.MLI");
        var created = mali.post(
                "/api/v1/requests",
                org.clearinghouse.testsupport.Payloads.with(
                        org.clearinghouse.testsupport.Payloads.request("MLI"), "title", title));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        var submitted = mali.post(
                "/api/v1/requests/" + id + "/submit",
                java.util.Map.of("version", created.json().path("version").asLong()));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        browser.signIn("secretariat");
        browser.open("/secretariat/queue.xhtml");
        WebElement row = browser.onSomePage(
                "queueForm:queue",
                By.xpath("//tr[.//div[contains(@class,'queue-title')][normalize-space()='" + title + "']]"));
        row.findElement(By.cssSelector(".return-request")).click();
        browser.visible(By.id("returnForm:comment"));
        browser.driver.findElement(By.id("returnForm:confirmReturn")).click();
        assertThat(browser.visible(By.cssSelector("#returnForm .ui-message-error"))
                        .getText())
                .isEqualTo("Write a comment for the State.");
        browser.type(By.id("returnForm:comment"), "Please name the two officials and their functions.");
        browser.driver.findElement(By.id("returnForm:confirmReturn")).click();
        browser.visible(By.xpath("//*[contains(text(), 'returned to the State.')]"));

        browser.signIn("recipient.MLI");
        assertThat(Integer.parseInt(
                        browser.driver.findElement(By.id("count-returned")).getText()))
                .isGreaterThanOrEqualTo(1);
        assertThat(browser.html()).contains(title);
        assertThat(browser.html()).contains("Please name the two officials and their functions.");
    }

    @Test
    void aDonorSeesWhatItsOfferCommittedAndCannotGoBelowIt() {
        var secretariat = org.clearinghouse.testsupport.ApiClient.as("secretariat");
        com.fasterxml.jackson.databind.JsonNode committed = null;
        for (String donor : org.clearinghouse.testsupport.DemoAccountNeeds.DONORS) {
            for (var o : secretariat
                    .get("/api/v1/offers?status=OPEN&size=100&donor=" + donor)
                    .json()
                    .path("items")) {
                if (committed == null && o.path("committedUsd").asLong() > 0) {
                    committed = o;
                }
            }
        }
        assertThat(committed)
                .as("an open offer of a demo donor with a commitment (the demo data has one)")
                .isNotNull();
        long id = committed.path("id").asLong();
        long capacity = committed.path("capacityUsd").asLong();

        browser.signIn("donor." + committed.path("donor").asText());
        browser.open("/donor/offer.xhtml?id=" + id + "&lang=en");
        assertThat(browser.visible(By.id("offerForm:capacityCommitted")).getText())
                .startsWith("Already committed from this offer: $")
                .contains(String.format(
                        java.util.Locale.US,
                        "%,d",
                        committed.path("committedUsd").asLong()));
        WebElement input = browser.visible(By.id("offerForm:capacity_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(String.valueOf(committed.path("committedUsd").asLong() - 1));
        browser.driver.findElement(By.id("offerForm:save")).click();
        assertThat(browser.visible(By.cssSelector("#offerForm .ui-message-error"))
                        .getText())
                .contains("cannot be less than what this offer has already committed");
        browser.screenshot("12b-offer-below-committed");
        assertThat(secretariat
                        .get("/api/v1/offers/" + id)
                        .json()
                        .path("capacityUsd")
                        .asLong())
                .isEqualTo(capacity);

        browser.open("/donor/offers.xhtml?lang=en");
        assertThat(browser.visible(By.id("offersForm:offers")).getText()).contains("Committed");
    }

    @Test
    void aDonorCreatesAnOffer() {
        String title = "Japanese marking support " + System.nanoTime();
        browser.signIn("donor.JPN");
        browser.open("/donor/offer.xhtml");
        browser.type(By.id("offerForm:title"), title);
        browser.type(By.id("offerForm:description"), "Marking machines and training for Asian and Pacific States.");
        checkInMenu("offerForm:areas", "Marking, record-keeping and tracing");
        checkInMenu("offerForm:types", "Equipment");
        checkInMenu("offerForm:regions", "Asia");
        browser.type(By.id("offerForm:excluded_input"), "Fij");
        browser.visible(By.xpath("//li[contains(@class,'ui-autocomplete-item')][contains(., 'Fiji')]"))
                .click();
        browser.visible(By.xpath("//li[contains(@class,'ui-autocomplete-token')][contains(., 'Fiji')]"));
        browser.type(By.id("offerForm:capacity_input"), "300000");
        browser.type(By.id("offerForm:ceiling_input"), "100000");
        browser.typeMonth("offerForm:start", "2027-01");
        browser.typeMonth("offerForm:end", "2028-06");
        browser.screenshot("11-offer-form");
        browser.driver.findElement(By.id("offerForm:saveAndOpen")).click();
        browser.wait.until(ExpectedConditions.urlContains("/donor/offers.xhtml"));
        WebElement row =
                browser.onSomePage("offersForm:offers", By.xpath("//tr[.//a[normalize-space()='" + title + "']]"));
        assertThat(row.getText()).contains("Open");
        browser.screenshot("12-my-offers");

        browser.open("/donor/needs.xhtml");
        browser.choose("needsForm:filterRegion", "Oceania");
        browser.wait.until(d -> d.findElements(By.cssSelector("#needsForm\\:needs_data > tr")).stream()
                .allMatch(tr -> tr.getText().contains("Oceania")));
        browser.screenshot("13-validated-needs");
    }

    @Test
    void theLanguageIsRememberedPerUserAndArabicIsRightToLeft() {
        browser.signIn("donor.EU");
        browser.open("/donor/home.xhtml?lang=fr");
        assertThat(browser.driver.findElement(By.id("nav-offers")).getText()).isEqualTo("Mes offres");
        assertNoRawKeys();

        browser.signOut();
        browser.open("/login.xhtml");
        browser.type(By.id("signInForm:username"), "donor.EU");
        browser.type(By.id("signInForm:password"), "demo");
        browser.driver.findElement(By.id("signInForm:submit")).click();
        browser.visible(By.id("user-role"));
        assertThat(browser.driver.findElement(By.id("nav-offers")).getText()).isEqualTo("Mes offres");
        browser.screenshot("14-home-donor-fr");

        browser.open("/donor/home.xhtml?lang=ar");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(browser.driver.findElement(By.id("nav-offers")).getText()).isEqualTo("عروضي");
        assertNoRawKeys();
        browser.screenshot("15-home-donor-ar");
        browser.open("/?lang=ar");
        browser.screenshot("16-public-ar");

        browser.open("/donor/home.xhtml?lang=en");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("ltr");
    }

    @Test
    void aRecipientNeverSeesSecretariatPages() {
        browser.signIn("recipient.NER");
        browser.open("/secretariat/queue.xhtml");
        assertThat(browser.driver.findElements(By.id("error-403"))).hasSize(1);
        assertThat(browser.html()).doesNotContain("queueForm");
        browser.screenshot("17-forbidden");

        browser.signOut();
        browser.open("/secretariat/queue.xhtml");
        assertThat(browser.driver.getCurrentUrl()).contains("/login.xhtml?next=");
        assertThat(browser.html()).doesNotContain("queueForm");

        browser.open("/no-such-page.xhtml");
        assertThat(browser.driver.findElements(By.id("error-404"))).hasSize(1);
        assertThat(browser.html()).doesNotContain("Exception");
    }

    private static void checkInMenu(String menuId, String label) {
        browser.driver.findElement(By.id(menuId)).click();
        browser.visible(By.xpath("//div[@id='" + menuId + "_panel']//li[.//label[normalize-space()='" + label
                        + "' or starts-with(normalize-space(), '" + label
                        + " (')]]//div[contains(@class,'ui-chkbox-box')]"))
                .click();
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    private static void assertNoRawKeys() {
        String text = browser.driver.findElement(By.tagName("body")).getText();
        assertThat(text)
                .doesNotContain("???")
                .doesNotContainPattern("\\b(field|nav|action|status|area|region|type)\\.[a-zA-Z_]+\\b");
    }
}
