package org.clearinghouse.matchingruns.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.clearinghouse.shared.i18n.ReaderWords;
import org.junit.jupiter.api.Test;

/** A run's result in one sentence, the weighted score never in it. */
class RunSummaryTest {

    private static ReaderWords in(String language) {
        return new ReaderWords(Locale.forLanguageTag(language));
    }

    @Test
    void aCompletedRunInEnglish() {
        assertThat(RunSummary.of(in("en"), true, "0hard/66450000medium/-25soft", 5_300_000L, 25, 6))
                .isEqualTo("all rules met · USD 5.3 million proposed for 25 requests · 6 not fully funded");
    }

    @Test
    void oneRequestAndEverythingFunded() {
        assertThat(RunSummary.of(in("en"), true, null, 40_000L, 1, 0))
                .isEqualTo("all rules met · USD 40 thousand proposed for 1 request · every request fully funded");
        assertThat(RunSummary.of(in("en"), true, null, 0L, 0, 3))
                .isEqualTo("all rules met · nothing proposed · 3 not fully funded");
    }

    @Test
    void rulesFromTheScoreWhileRunning() {
        assertThat(RunSummary.of(in("en"), null, "0hard/10medium/-2soft", null, null, null))
                .isEqualTo("all rules met");
        assertThat(RunSummary.of(in("en"), null, "-3hard/10medium/-2soft", null, null, null))
                .isEqualTo("rules broken: 3");
        assertThat(RunSummary.of(in("en"), null, null, null, null, null)).isEmpty();
    }

    @Test
    void inOtherLanguagesWithoutTheScore() {
        String french = RunSummary.of(in("fr"), true, "0hard/66450000medium/-25soft", 5_300_000L, 25, 6);
        assertThat(french.replace('\u202F', ' ').replace('\u00A0', ' '))
                .isEqualTo("toutes les règles respectées · 5,3 millions USD proposés pour 25 demandes · 6 pas"
                        + " entièrement financées");
        assertThat(RunSummary.of(in("zh"), true, "0hard/66450000medium/-25soft", 5_300_000L, 25, 6))
                .isEqualTo("所有规则均已满足 · 为 25 项请求提议 530万美元 · 6 项未获全额供资");
        for (String language : new String[] {"en", "fr", "es", "ar", "ru", "zh"}) {
            assertThat(RunSummary.of(in(language), true, "0hard/66450000medium/-25soft", 5_300_000L, 25, 6))
                    .as(language)
                    .doesNotContainPattern("\\d+hard/")
                    .doesNotContain("66450000");
        }
    }
}
