package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.Payloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dialogue in a real browser: a donor asks on a request's thread page; the requesting State opens the thread
 * from its request, answers that donor privately, and reaches the thread from its inbox; texts show as written
 * (markup inert, line breaks kept); another donor sees nothing of the private exchange; the secretariat reads it
 * without a form to write.
 */
class DialoguePagesIT {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass("failed-dialogue-");

    private static final String QUESTION = "<b>x</b> is it included?\nSecond line & more";
    private static final String ANSWER = "Yes: <i>all</i> of it.";

    @Test
    void aDonorAsksAndTheStateAnswersIt() {
        long id = validatedRequest();

        browser.signIn("donor.DEU");
        browser.open("/donor/request-messages.xhtml?id=" + id);
        assertThat(browser.visible(By.id("thread-heading")).getText()).startsWith("Dialogue page check");
        assertThat(browser.visible(By.cssSelector("#threadForm\\:thread")).getText())
                .contains("No message yet.");
        browser.type(By.id("threadForm:text"), QUESTION);
        browser.driver.findElement(By.id("threadForm:send")).click();
        browser.waitForAjax();
        WebElement question = browser.visible(By.cssSelector(".dialogue-text"));
        assertThat(question.getText()).isEqualTo(QUESTION);
        assertThat(browser.driver.findElements(By.cssSelector(".dialogue-text b")))
                .as("markup is shown, not applied")
                .isEmpty();
        assertThat(browser.visible(By.cssSelector(".dialogue-audience")).getText())
                .isEqualTo("between the State and DEU");
        assertThat(browser.driver.findElements(By.cssSelector(".dialogue-correct")))
                .as("its author may correct it for 15 minutes")
                .hasSize(1);
        browser.screenshot("d01-donor-asks");

        browser.signIn("recipient.NER");
        browser.open("/recipient/request-view.xhtml?id=" + id);
        browser.driver.findElement(By.id("detailForm:requestMessages")).click();
        browser.waitForPage();
        assertThat(browser.driver.getCurrentUrl()).contains("/recipient/request-messages.xhtml?id=" + id);
        assertThat(browser.visible(By.cssSelector(".dialogue-text")).getText()).isEqualTo(QUESTION);
        browser.choose("threadForm:answerTo", "Only the donor DEU");
        browser.type(By.id("threadForm:text"), ANSWER);
        browser.driver.findElement(By.id("threadForm:send")).click();
        browser.waitForAjax();
        browser.wait.until(d -> d.findElements(By.cssSelector(".dialogue-text")).size() == 2);
        assertThat(browser.driver
                        .findElements(By.cssSelector(".dialogue-text"))
                        .get(0)
                        .getText())
                .isEqualTo(ANSWER);
        assertThat(browser.driver.findElements(By.cssSelector(".dialogue-text i")))
                .isEmpty();
        browser.screenshot("d02-state-answers");

        browser.open("/recipient/inbox.xhtml");
        WebElement link =
                browser.visible(By.cssSelector("a.thread-link[href*='request-messages.xhtml?id=" + id + "']"));
        link.click();
        browser.waitForPage();
        assertThat(browser.driver.getCurrentUrl()).contains("/recipient/request-messages.xhtml");

        browser.signIn("donor.DEU");
        browser.open("/donor/request-messages.xhtml?id=" + id);
        browser.wait.until(d -> d.findElements(By.cssSelector(".dialogue-text")).size() == 2);
        assertThat(browser.driver
                        .findElements(By.cssSelector(".dialogue-text"))
                        .get(0)
                        .getText())
                .isEqualTo(ANSWER);

        browser.signIn("donor.JPN");
        browser.open("/donor/request-messages.xhtml?id=" + id);
        assertThat(browser.visible(By.cssSelector("#threadForm\\:thread")).getText())
                .contains("No message yet.");
        assertThat(browser.html()).doesNotContain("is it included?");

        browser.signIn("secretariat");
        browser.open("/secretariat/request-messages.xhtml?id=" + id);
        browser.wait.until(d -> d.findElements(By.cssSelector(".dialogue-text")).size() == 2);
        assertThat(browser.driver.findElements(By.id("threadForm:text"))).isEmpty();
        assertThat(browser.visible(By.id("readOnlyNote")).getText()).contains("You read this thread");
    }

    @Test
    void aRequestTheReaderMayNotSeeIsNotFound() {
        long id = validatedRequest();
        browser.signIn("recipient.MLI");
        browser.open("/recipient/request-messages.xhtml?id=" + id);
        assertThat(browser.html()).doesNotContain("Dialogue page check");
        assertThat(browser.driver.findElements(By.id("threadForm:text"))).isEmpty();
    }

    private static long validatedRequest() {
        ApiClient niger = ApiClient.as("recipient.NER");
        ApiResponse created = niger.post(
                "/api/v1/requests",
                Payloads.with(Payloads.request("NER"), "title", "Dialogue page check " + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(niger.post("/api/v1/requests/" + id + "/submit", Map.of()).status())
                .isEqualTo(200);
        assertThat(ApiClient.as("secretariat")
                        .post("/api/v1/requests/" + id + "/validate", Map.of())
                        .status())
                .isEqualTo(200);
        return id;
    }
}
