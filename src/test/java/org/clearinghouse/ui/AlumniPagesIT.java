package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.FellowshipCohorts;
import org.clearinghouse.testsupport.FellowshipCohorts.Cohort;
import org.clearinghouse.testsupport.FellowshipCohorts.Nominee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 13 §4 in headless Chromium, from a cohort confirmed through the API: the secretariat records on its attendance
 * page that Niger's nominee completed the course, the certificate link serves a PDF, and Niger's focal point writes
 * the 6-month follow-up on its alumni page, where the 12-month one is not open yet.
 */
class AlumniPagesIT {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass("failed-");

    @Test
    void attendCertifyAndFollowUp() throws Exception {
        String token = Long.toString(System.nanoTime(), 36);
        String nerName = "Aïssata" + token;
        Cohort cohort = FellowshipCohorts.runningToday(
                "Alumni page course " + token,
                2,
                List.of(
                        new Nominee("recipient.NER", nerName, "FEMALE"),
                        new Nominee("recipient.MLI", "Boubacar", "MALE")));
        long nominee = cohort.selectedOf("NER").get(0);

        browser.signIn("secretariat");
        browser.open("/secretariat/attendance.xhtml?lang=en");
        browser.onSomePage("calls", By.cssSelector(".attendance-call-" + cohort.callId()))
                .click();
        browser.waitForPage();
        WebElement row = browser.visible(By.cssSelector("tr.attendee-" + nominee));
        assertThat(row.getText()).contains(nerName, "NER", "Woman");
        new Select(row.findElement(By.tagName("select"))).selectByVisibleText("Completed");
        row.findElement(By.cssSelector("button[id$=':save']")).click();
        browser.waitForPage();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Attendance saved."));
        row = browser.visible(By.cssSelector("tr.attendee-" + nominee));
        WebElement link = row.findElement(By.cssSelector("a[id$=':certificate']"));
        assertThat(link.getText()).isEqualTo("Certificate (PDF)");
        browser.screenshot("80-attendance-recorded");
        HttpResponse<byte[]> pdf = withBrowserCookies(link.getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        browser.signIn("recipient.NER");
        browser.open("/recipient/alumni.xhtml?lang=en");
        WebElement alumnus = browser.visible(By.cssSelector("tr.alumnus-" + nominee));
        assertThat(alumnus.getText()).contains(nerName, "Alumni page course " + token, "Completed");
        assertThat(alumnus.findElements(By.cssSelector("a[id$=':certificate']")))
                .hasSize(1);
        WebElement twelve = browser.visible(By.cssSelector("tr.follow-up-" + nominee + "-12"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(twelve.getText())
                .contains("12 months after the course", today.plusMonths(12).toString(), "Can be entered from");
        assertThat(twelve.findElements(By.tagName("textarea"))).isEmpty();
        WebElement six = browser.visible(By.cssSelector("tr.follow-up-" + nominee + "-6"));
        six.findElement(By.tagName("textarea")).sendKeys("Trained twelve customs officers in marking " + token);
        six.findElement(By.cssSelector("button[id$=':save']")).click();
        browser.waitForPage();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Follow-up saved."));
        browser.screenshot("81-alumni-follow-up");
        assertThat(browser.html()).doesNotContain("???", "alumni.col.", "alumni.milestone", "attendance.status.");
        assertThat(ApiClient.as("secretariat")
                        .get("/api/v1/fellowship/alumni/" + nominee)
                        .json()
                        .path("followUps")
                        .get(0)
                        .path("applied")
                        .asText())
                .isEqualTo("Trained twelve customs officers in marking " + token);

        // in every language of the portal: Arabic right to left, Chinese; then English again (the account keeps it)
        browser.open("/recipient/alumni.xhtml?lang=ar");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(browser.html())
                .contains("خريجو برنامج الزمالات", "شهرًا من الدورة")
                .doesNotContain("???");
        browser.open("/recipient/alumni.xhtml?lang=zh");
        assertThat(browser.html()).contains("研修金结业学员", "课程结束 6 个月后").doesNotContain("???");
        browser.open("/recipient/alumni.xhtml?lang=en");

        browser.signIn("recipient.MLI");
        browser.open("/recipient/alumni.xhtml?lang=en");
        assertThat(browser.html()).as("another State's alumni stay hidden").doesNotContain(nerName);
    }

    /** GETs {@code url} with the browser's cookies (the signed-in page session), as a click on the link would. */
    private static HttpResponse<byte[]> withBrowserCookies(String url) throws Exception {
        String cookies = browser.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies)
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
