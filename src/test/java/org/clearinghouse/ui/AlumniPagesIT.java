package org.clearinghouse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.FellowshipCohorts;
import org.clearinghouse.testsupport.FellowshipCohorts.Cohort;
import org.clearinghouse.testsupport.FellowshipCohorts.Nominee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * What the whole-path browser test ({@link FellowshipPortalIT}, which records attendance, fetches the certificate and
 * writes the follow-up on the pages in English) leaves out: the alumni page in Arabic (right to left) and Chinese, and
 * another State not seeing the alumnus. The cohort is confirmed and its attendance recorded through the API.
 */
class AlumniPagesIT {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass("failed-");

    @Test
    void alumniPageInArabicAndChineseAndOnlyForItsState() {
        String token = Long.toString(System.nanoTime(), 36);
        String nerName = "Aïssata" + token;
        Cohort cohort = FellowshipCohorts.runningToday(
                "Alumni page course " + token,
                2,
                List.of(
                        new Nominee("recipient.NER", nerName, "FEMALE"),
                        new Nominee("recipient.MLI", "Boubacar", "MALE")));
        long nominee = cohort.selectedOf("NER").get(0);
        ApiResponse recorded = ApiClient.as("secretariat")
                .put(cohort.calls() + "/attendance/" + nominee, Map.of("status", "COMPLETED"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);

        browser.signIn("recipient.NER");
        browser.open("/recipient/alumni.xhtml?lang=ar");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("rtl");
        assertThat(browser.visible(By.cssSelector("tr.alumnus-" + nominee)).getText())
                .contains(nerName);
        assertThat(browser.html())
                .contains("خريجو برنامج الزمالات", "شهرًا من الدورة")
                .doesNotContain("???");
        browser.screenshot("81-alumni-arabic");
        browser.open("/recipient/alumni.xhtml?lang=zh");
        assertThat(browser.html()).contains("研修金结业学员", "课程结束 6 个月后").doesNotContain("???");
        browser.open("/recipient/alumni.xhtml?lang=en"); // the account keeps its last language: English again

        browser.signIn("recipient.MLI");
        browser.open("/recipient/alumni.xhtml?lang=en");
        assertThat(browser.html()).as("another State's alumni stay hidden").doesNotContain(nerName);
    }
}
