package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.Inbox;
import org.clearinghouse.testsupport.Payloads;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The inbox in a real browser: the menu shows the unread count; a recipient State reads its reminder, marks it read,
 * filters unread entries and marks all read; a donor saves its subscription to new needs on its inbox page.
 */
class InboxPortalIT {

    private static final Pattern COUNT = Pattern.compile("\\((\\d+)\\)");
    /** The browser of these tests; a failed test leaves a screenshot of its page. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final Browser browser = Browser.perTestClass("failed-inbox-");

    @Test
    void aRecipientReadsItsReminderAndMarksEntriesRead() {
        ApiClient haiti = ApiClient.as("recipient.HTI");
        ApiResponse created = haiti.post(
                "/api/v1/requests",
                Payloads.with(Payloads.request("HTI"), "title", "Inbox page check " + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long requestId = created.json().path("id").asLong();
        ApiResponse run = ApiClient.as("admin")
                .post(
                        "/api/v1/admin/jobs/reminders?asOf="
                                + LocalDate.now(ZoneOffset.UTC).plusMonths(13),
                        Map.of());
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        JsonNode entry = Inbox.unreadEntryAbout(haiti, requestId);
        long entryId = entry.path("id").asLong();

        browser.signIn("recipient.HTI");
        long unread = count(browser.visible(By.id("nav-inbox")).getText());
        assertThat(unread).isPositive();
        browser.driver.findElement(By.id("nav-inbox")).click();
        browser.waitForPage();
        assertThat(browser.driver.getCurrentUrl()).contains("/recipient/inbox.xhtml");
        By row = By.cssSelector("tr.inbox-entry-" + entryId);
        assertThat(browser.visible(row).getText())
                .contains("Your request " + requestId + " (")
                .contains("Reminder");
        assertThat(browser.driver.findElement(row).getAttribute("class")).contains("inbox-unread");
        browser.screenshot("i01-inbox-unread");

        browser.driver
                .findElement(row)
                .findElement(By.cssSelector(".mark-read"))
                .click();
        browser.waitForAjax();
        browser.wait.until(d -> d.findElement(row).getAttribute("class").contains("inbox-read"));
        assertThat(browser.driver.findElement(row).findElements(By.cssSelector(".mark-read")))
                .isEmpty();
        assertThat(haiti.get("/api/v1/inbox/unread-count").json().path("unread").asLong())
                .isEqualTo(unread - 1);

        browser.driver
                .findElement(By.cssSelector("#inboxForm\\:unreadOnly .ui-toggleswitch-slider"))
                .click();
        browser.waitForAjax();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(row));
        assertThat(browser.driver.findElements(By.cssSelector("tr.inbox-read"))).isEmpty();

        browser.driver.findElement(By.id("inboxForm:markAllRead")).click();
        browser.waitForAjax();
        browser.visible(By.xpath("//*[contains(text(), 'entries marked as read.')]"));
        assertThat(haiti.get("/api/v1/inbox/unread-count").json().path("unread").asLong())
                .isZero();
        browser.open("/recipient/inbox.xhtml");
        assertThat(browser.visible(By.id("nav-inbox")).getText()).isEqualTo("Inbox");
        assertThat(browser.html()).doesNotContain("notify.", "inbox.kind.");
        browser.screenshot("i02-inbox-all-read");
    }

    @Test
    void aDonorSavesItsSubscriptionOnItsInboxPage() {
        ApiClient germany = ApiClient.as("donor.DEU");
        try {
            browser.signIn("donor.DEU");
            browser.driver.findElement(By.id("nav-inbox-d")).click();
            browser.waitForPage();
            assertThat(browser.driver.getCurrentUrl()).contains("/donor/inbox.xhtml");
            browser.visible(By.id("subscriptionTitle"));
            browser.driver
                    .findElement(By.cssSelector("#subscriptionForm\\:active .ui-toggleswitch-slider"))
                    .click();
            browser.driver
                    .findElement(By.xpath("//label[text()='Border control and cross-border cooperation']"))
                    .click();
            browser.driver.findElement(By.xpath("//label[text()='Africa']")).click();
            browser.driver
                    .findElement(By.id("subscriptionForm:saveSubscription"))
                    .click();
            browser.waitForAjax();
            browser.visible(By.xpath("//*[contains(text(), 'Subscription saved.')]"));
            browser.screenshot("i03-donor-subscription");

            JsonNode saved = germany.get("/api/v1/subscriptions").json();
            assertThat(saved.path("active").asBoolean()).isTrue();
            assertThat(saved.path("areas").toString()).isEqualTo("[\"BORDER_CONTROL\"]");
            assertThat(saved.path("regions").toString()).isEqualTo("[\"AFRICA\"]");
        } finally {
            germany.put("/api/v1/subscriptions", Map.of("active", false, "areas", List.of(), "regions", List.of()));
        }
    }

    private static long count(String label) {
        Matcher m = COUNT.matcher(label);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
