package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 12 §2 in headless Chromium: Haiti's focal point confirms, on its request's page, funding that Germany claims
 * against the request; the claim then counts. An own Haitian request (imported), with texts no other test uses.
 */
class FundingClaimPagesIT {

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");

    @RegisterExtension
    static final Browser browser = Browser.perTestClass("failed-");

    @Test
    void theStateConfirmsADonorsClaimOnItsRequestsPage() {
        ApiResponse imported = SECRETARIAT.postRaw("/api/v1/matching/problem", "application/json", """
                {"formatVersion": 1,
                 "requests": [
                   {"id": "CLAIM-PAGE", "state": "HTI", "region": "AMERICAS", "area": "NEW_TECHNOLOGIES",
                    "type": "FUNDING", "amountUsd": 70000, "divisible": true, "priority": 2, "start": "2027-02",
                    "end": "2027-09"}],
                 "offers": []}
                """);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        long requestId = Long.parseLong(
                imported.json().path("ids").path("CLAIM-PAGE").asText().substring(2));
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("requestId", requestId);
        claim.put("amountUsd", 20_000);
        claim.put("start", "2027-01");
        claim.put("end", "2027-12");
        claim.put("source", "BILATERAL");
        claim.put("mechanismName", "German claim shown on Haiti's page");
        ApiResponse claimed = ApiClient.as("donor.DEU").post("/api/v1/external-commitments", claim);
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(201);
        long id = claimed.json().path("id").asLong();

        browser.signIn("recipient.HTI");
        browser.open("/recipient/request-view.xhtml?lang=en&id=" + requestId);
        WebElement actions = browser.visible(By.cssSelector(".external-" + id));
        assertThat(browser.driver.findElement(By.id("detailForm:external")).getText())
                .contains("German claim shown on Haiti's page", "Claimed, not confirmed");
        browser.screenshot("67-funding-claim-to-confirm");
        actions.findElement(By.cssSelector(".confirm-external")).click();

        browser.wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("detailForm:messages"), "confirmed"));
        assertThat(browser.driver.findElement(By.id("detailForm:external")).getText())
                .contains("Confirmed", "recipient.HTI");
        assertThat(SECRETARIAT
                        .get("/api/v1/external-commitments/" + id)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("CONFIRMED");
    }
}
