package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.Payloads;
import org.clearinghouse.testsupport.Requests;
import org.clearinghouse.testsupport.Spreadsheets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The issue 6 pages in headless Chromium: the duplicate warning on submit, the secretariat marking a pair distinct,
 * the import page (one bad row imports nothing and names the row; then a good file imports), and the
 * complementarities chart of a demo State. Own Haitian records, with texts no other test uses.
 */
class DuplicatesAndImportPagesIT {

    private static final ApiClient HAITI = ApiClient.as("recipient.HTI");
    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");
    /** The import's columns but the optional gender marker. */
    private static final List<String> HEADER =
            Spreadsheets.REQUEST_COLUMNS.subList(0, Spreadsheets.REQUEST_COLUMNS.size() - 1);

    /** The browser of these tests; a failed test leaves a screenshot of its page. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = Browser.perTestClass("failed-");

    @Test
    void submittingANearDuplicateShowsTheLikelyDuplicates() {
        String firstTitle = "Solar-powered armoury alarms for Cap-Haitien police stations";
        long first = submitted(
                firstTitle,
                "Solar-powered alarm systems for the armouries of police stations in"
                        + " Cap-Haitien, with training of the station guards.",
                "STOCKPILE_MANAGEMENT");

        browser.signIn("recipient.HTI");
        browser.open("/recipient/request.xhtml?lang=en");
        browser.type(By.id("requestForm:title"), "Armoury alarms (solar powered) for police stations of Cap-Haitien");
        browser.type(
                By.id("requestForm:description"),
                "Alarm systems powered by solar panels for the police station"
                        + " armouries in Cap-Haitien, and training of station guards.");
        browser.choose("requestForm:area", "Stockpile management and physical security");
        browser.choose("requestForm:type", "Equipment");
        browser.type(By.id("requestForm:amount_input"), "64000");
        browser.typeMonth("requestForm:start", "2027-05");
        browser.typeMonth("requestForm:end", "2027-12");
        browser.driver.findElement(By.id("requestForm:saveAndSubmit")).click();

        browser.wait.until(ExpectedConditions.urlContains("/recipient/request.xhtml?"));
        browser.waitForPage();
        WebElement panel = browser.visible(By.id("requestForm:duplicates"));
        assertThat(browser.html()).contains("Likely duplicates");
        assertThat(panel.findElements(By.cssSelector(".likely-duplicate a"))).anySatisfy(a -> {
            assertThat(a.getText()).isEqualTo(firstTitle);
            assertThat(a.getAttribute("href")).contains("id=" + first);
        });
        assertThat(browser.driver.findElement(By.id("requestForm:messages")).getText())
                .contains("submitted")
                .contains("looks like");
        browser.screenshot("61-request-duplicates-warning");
    }

    @Test
    void theSecretariatMarksAPairDistinctAndItIsNotShownAgain() {
        String title = "Gender-responsive firearms survey in the Artibonite valley";
        String description = "Survey of firearms possession and violence against women in the Artibonite valley.";
        long first = submitted(title, description, "GENDER");
        long second = submitted(title, description, "GENDER"); // identical text: similarity 1, first in the list
        String rowClass = "pair-" + first + "-" + second;

        browser.signIn("secretariat");
        browser.open("/secretariat/duplicates.xhtml?lang=en");
        WebElement row = browser.onSomePage("duplicatesForm:pairs", By.cssSelector("tr." + rowClass));
        assertThat(row.findElement(By.cssSelector(".pair-score")).getText()).isEqualTo("100 %");
        browser.screenshot("62-duplicates-page");
        row.findElement(By.cssSelector(".mark-distinct")).click();

        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("duplicatesForm:messages"), "Marked as distinct"));
        browser.waitForAjax();
        assertThat(browser.driver.findElements(By.cssSelector("tr." + rowClass)))
                .isEmpty();
        browser.open("/secretariat/duplicates.xhtml?lang=en");
        assertThat(browser.driver.findElements(By.cssSelector("tr." + rowClass)))
                .as("remembered")
                .isEmpty();
        assertThat(ids(SECRETARIAT.get("/api/v1/requests/" + first + "/duplicates")))
                .doesNotContain(second);
        assertThat(HAITI.get("/api/v1/requests/" + second).json().path("status").asText())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void anXlsxWithOneBadRowImportsNothingAndNamesTheRowThenAGoodFileImports() throws IOException {
        String good = "Import page: armoury shelving for Jacmel";
        String bad = "Import page: armoury shelving for Hinche";
        long before = haitiRequests();
        Path badFile = xlsx("bad-import", List.of(HEADER, row(good, 52_000), row(bad, "a lot")));
        Path goodFile = xlsx("good-import", List.of(HEADER, row(good, 52_000), row(bad, 48_000)));

        browser.signIn("recipient.HTI");
        browser.open("/recipient/import.xhtml?lang=en");
        browser.driver
                .findElement(By.cssSelector("#importForm input[type=file]"))
                .sendKeys(badFile.toString());
        browser.driver.findElement(By.id("importForm:upload")).click();
        browser.waitForPage();

        WebElement errors = browser.visible(By.id("importForm:importErrors"));
        assertThat(errors.getText()).contains("Row 3, column amountUsd:");
        assertThat(errors.findElements(By.cssSelector(".error-row")))
                .extracting(WebElement::getText)
                .containsOnly("3");
        assertThat(browser.driver.findElement(By.id("importForm:messages")).getText())
                .contains("Nothing was imported");
        assertThat(haitiRequests()).as("all or nothing").isEqualTo(before);
        browser.screenshot("63-import-bad-row");

        browser.driver
                .findElement(By.cssSelector("#importForm input[type=file]"))
                .sendKeys(goodFile.toString());
        browser.driver.findElement(By.id("importForm:upload")).click();
        browser.waitForPage();

        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("importForm:messages"), "2 request(s) imported"));
        assertThat(browser.driver.findElements(By.id("importForm:importErrors")))
                .isEmpty();
        assertThat(haitiRequests()).isEqualTo(before + 2);
        browser.screenshot("64-import-done");
    }

    @Test
    void theComplementaritiesPageChartsADemoState() {
        browser.signIn("secretariat");
        browser.open("/secretariat/complementarities.xhtml?lang=en&state=MLI");

        assertThat(browser.visible(By.cssSelector(".shown-state")).getText()).isEqualTo("Mali");
        assertThat(browser.driver.findElements(By.cssSelector(".ch-chart-row"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(".ch-chart-row .ch-bar-requested")))
                .isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#complementaritiesForm\\:cells_data tr")))
                .isNotEmpty();
        assertThat(browser.driver
                        .findElement(By.id("complementaritiesForm:items"))
                        .getText())
                .contains("Request");
        browser.screenshot("65-complementarities-mali");

        browser.open("/secretariat/complementarities.xhtml?lang=fr&state=MLI");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Complémentarités");
    }

    @Test
    void theExternalCommitmentsPageListsAndDeletesADonorsOwnRecord() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of(
                "state",
                "HTI",
                "area",
                "BORDER_CONTROL",
                "amountUsd",
                33_000,
                "start",
                "2027-01",
                "end",
                "2027-06",
                "source",
                "BILATERAL",
                "mechanismName",
                "German border programme (page test)"));
        ApiResponse recorded = ApiClient.as("donor.DEU").post("/api/v1/external-commitments", body);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        long id = recorded.json().path("id").asLong();

        browser.signIn("donor.DEU");
        browser.open("/donor/external.xhtml?lang=en");
        WebElement row = browser.visible(By.cssSelector("tr.external-" + id));
        assertThat(row.getText()).contains("German border programme (page test)", "Haiti");
        browser.screenshot("66-external-commitments");
        row.findElement(By.cssSelector(".delete-external")).click();
        browser.visible(By.cssSelector(".ui-confirmdialog-yes")).click();

        browser.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("externalForm:messages"), "Deleted"));
        assertThat(SECRETARIAT.get("/api/v1/external-commitments/" + id).status())
                .isEqualTo(404);
    }

    private static long submitted(String title, String description, String area) {
        return Requests.createdAndSubmitted(
                        HAITI,
                        Payloads.with(
                                Payloads.request("HTI"),
                                "title",
                                title,
                                "description",
                                description,
                                "area",
                                area,
                                "type",
                                "EQUIPMENT"))
                .json()
                .path("id")
                .asLong();
    }

    private static List<Long> ids(ApiResponse response) {
        List<Long> ids = new ArrayList<>();
        response.json().forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }

    private static long haitiRequests() {
        JsonNode page = HAITI.get("/api/v1/requests?size=1").json();
        return page.path("total").asLong();
    }

    private static List<Object> row(String title, Object amount) {
        return new ArrayList<>(List.of(
                title,
                "Imported through the page: " + title,
                "",
                "STOCKPILE_MANAGEMENT",
                "EQUIPMENT",
                amount,
                true,
                4,
                "2027-06",
                "2027-12",
                "",
                "",
                false));
    }

    private static Path xlsx(String name, List<? extends List<?>> rows) throws IOException {
        Path file = Files.createTempFile(name, ".xlsx");
        Files.write(file, Spreadsheets.xlsx(rows));
        file.toFile().deleteOnExit();
        return file;
    }
}
