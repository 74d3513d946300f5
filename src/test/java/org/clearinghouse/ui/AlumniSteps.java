package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.clearinghouse.testsupport.ApiClient;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The steps after the course (issue 13 §4) on the pages, shared by the browser tests: the secretariat records
 * attendance on its attendance page, a focal point reads its alumni page, fetches the certificate and writes a
 * follow-up, and the secretariat reads that follow-up back.
 */
final class AlumniSteps {

    private AlumniSteps() {}

    /**
     * As the signed-in secretariat: chooses the call on the attendance page, checks the nominee's row shows
     * {@code rowShows}, records "Completed" and checks the row then offers the certificate.
     */
    static void recordCompleted(Browser browser, long callId, long nominee, String... rowShows) {
        browser.open("/secretariat/attendance.xhtml?lang=en");
        browser.onSomePage("calls", By.cssSelector(".attendance-call-" + callId))
                .click();
        browser.waitForPage();
        WebElement row = browser.visible(By.cssSelector("tr.attendee-" + nominee));
        assertThat(row.getText()).contains(rowShows);
        new Select(row.findElement(By.tagName("select"))).selectByVisibleText("Completed");
        row.findElement(By.cssSelector("button[id$=':save']")).click();
        browser.waitForPage();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Attendance saved."));
        row = browser.visible(By.cssSelector("tr.attendee-" + nominee));
        assertThat(row.findElement(By.cssSelector("a[id$=':certificate']")).getText())
                .isEqualTo("Certificate (PDF)");
        assertThat(browser.html()).doesNotContain("???", "attendance.status.");
    }

    /**
     * As the signed-in focal point: opens the alumni page, checks the alumnus's row shows {@code rowShows} and that
     * its certificate link answers a PDF, and that the 12-month follow-up of a course ending on {@code courseEnd} is
     * announced but not open yet.
     */
    static void seeAlumnusAndCertificate(Browser browser, long nominee, LocalDate courseEnd, String... rowShows)
            throws Exception {
        browser.open("/recipient/alumni.xhtml?lang=en");
        WebElement alumnus = browser.visible(By.cssSelector("tr.alumnus-" + nominee));
        assertThat(alumnus.getText()).contains(rowShows).contains("Completed");
        WebElement link = alumnus.findElement(By.cssSelector("a[id$=':certificate']"));
        assertServesPdf(browser, link.getAttribute("href"));
        WebElement twelve = browser.visible(By.cssSelector("tr.follow-up-" + nominee + "-12"));
        assertThat(twelve.getText())
                .contains("12 months after the course", courseEnd.plusMonths(12).toString(), "Can be entered from");
        assertThat(twelve.findElements(By.tagName("textarea"))).isEmpty();
    }

    /** As the signed-in focal point, on its alumni page: writes {@code applied} into the 6-month follow-up. */
    static void writeSixMonthFollowUp(Browser browser, long nominee, String applied) {
        WebElement six = browser.visible(By.cssSelector("tr.follow-up-" + nominee + "-6"));
        six.findElement(By.tagName("textarea")).sendKeys(applied);
        six.findElement(By.cssSelector("button[id$=':save']")).click();
        browser.waitForPage();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Follow-up saved."));
        assertThat(browser.html()).doesNotContain("???", "alumni.col.", "alumni.milestone");
    }

    /** The secretariat reads the alumnus's 6-month follow-up back. */
    static void assertSecretariatReads(long nominee, String applied) {
        assertThat(ApiClient.as("secretariat")
                        .get("/api/v1/fellowship/alumni/" + nominee)
                        .json()
                        .path("followUps")
                        .get(0)
                        .path("applied")
                        .asText())
                .isEqualTo(applied);
    }

    /**
     * As the signed-in secretariat, on the attendance page of the call: the alumnus's 6-month follow-up shows
     * {@code applied}, entered on {@code enteredOn}; the 12-month one is not yet due.
     */
    static void secretariatReadsOnAttendancePage(
            Browser browser, long callId, long nominee, String applied, LocalDate enteredOn, LocalDate courseEnd) {
        browser.open("/secretariat/attendance.xhtml?lang=en&call=" + callId);
        WebElement six = browser.visible(By.cssSelector("tr.follow-up-" + nominee + "-6"));
        assertThat(six.getText())
                .contains(
                        "6 months after the course", courseEnd.plusMonths(6).toString(), enteredOn.toString(), applied)
                .doesNotContain("Not entered", "Not yet due");
        WebElement twelve = browser.visible(By.cssSelector("tr.follow-up-" + nominee + "-12"));
        assertThat(twelve.getText())
                .contains("12 months after the course", courseEnd.plusMonths(12).toString(), "Not yet due")
                .doesNotContain(applied);
        assertThat(browser.html()).doesNotContain("???", "attendance.followUp", "alumni.milestone");
    }

    /** GETs {@code url} with the browser's cookies (the signed-in page session), as a click would, and checks a PDF. */
    static void assertServesPdf(Browser browser, String url) throws Exception {
        String cookies = browser.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookies)
                .GET()
                .build();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
