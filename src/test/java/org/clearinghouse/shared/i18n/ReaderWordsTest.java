package org.clearinghouse.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Money, priorities, names and months as a reader of each language reads them. */
class ReaderWordsTest {

    private static ReaderWords in(String language) {
        return new ReaderWords(Locale.forLanguageTag(language));
    }

    /** Narrow and ordinary no-break spaces (French and Russian group digits with them) as plain spaces. */
    private static String spaced(String text) {
        return text.replace('\u202F', ' ').replace('\u00A0', ' ');
    }

    @Test
    void compactMoneyInEveryLanguage() {
        assertThat(in("en").usdCompact(5_300_000)).isEqualTo("USD 5.3 million");
        assertThat(in("en").usdCompact(66_450_000)).isEqualTo("USD 66.5 million");
        assertThat(in("en").usdCompact(240_000)).isEqualTo("USD 240 thousand");
        assertThat(in("en").usdCompact(750)).isEqualTo("USD 750");
        assertThat(spaced(in("fr").usdCompact(5_300_000))).isEqualTo("5,3 millions USD");
        assertThat(spaced(in("es").usdCompact(5_300_000))).isEqualTo("5,3 millones USD");
        assertThat(spaced(in("ru").usdCompact(5_300_000)))
                .startsWith("5,3 миллион")
                .endsWith("долл. США");
        assertThat(in("zh").usdCompact(5_300_000)).isEqualTo("530万美元");
        assertThat(in("ar").usdCompact(5_300_000))
                .isEqualTo("٥٫٣ ملايين دولار أمريكي")
                .endsWith("دولار أمريكي");
    }

    @Test
    void moneyInFullTheLanguagesWay() {
        assertThat(in("en").usd(240_000)).isEqualTo("$240,000");
        assertThat(spaced(in("fr").usd(240_000))).isEqualTo("240 000 $US");
        assertThat(in("en").number(1_250)).isEqualTo("1,250");
    }

    @Test
    void prioritiesInWordsNotWeights() {
        assertThat(in("en").priority(1)).isEqualTo("priority 1 (highest)");
        assertThat(in("en").priority(3)).isEqualTo("priority 3");
        assertThat(in("en").priority(5)).isEqualTo("priority 5 (lowest)");
        assertThat(in("fr").priority(1)).isEqualTo("priorité 1 (la plus haute)");
        assertThat(in("ru").priority(1)).isEqualTo("приоритет 1 (наивысший)");
        assertThat(in("zh").priority(5)).isEqualTo("优先级 5（最低）");
        // a priority the bundles do not rank is written as a number
        assertThat(in("en").priority(7)).isEqualTo("priority 7");
    }

    @Test
    void areasTypesAndRegionsByTheirNames() {
        assertThat(in("en").area("NEW_TECHNOLOGIES")).startsWith("New technologies");
        assertThat(in("fr").type("EXPERTISE")).isEqualTo("Expertise");
        assertThat(in("es").region("AFRICA")).isEqualTo("África");
        assertThat(in("zh").region("ASIA")).isEqualTo("亚洲");
        assertThat(in("en").area("NOT_AN_AREA")).isEqualTo("NOT_AN_AREA");
        assertThat(in("en").area(null)).isEmpty();
    }

    @Test
    void monthsAndPeriods() {
        assertThat(in("en").period("2027-01/2027-12")).isEqualTo("January 2027 – December 2027");
        assertThat(in("zh").month("2027-03")).isEqualTo("2027年3月");
        assertThat(in("en").month("soon")).isEqualTo("soon");
    }
}
