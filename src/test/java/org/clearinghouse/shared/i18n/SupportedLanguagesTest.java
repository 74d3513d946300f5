package org.clearinghouse.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one list of the portal's languages: codes, names, direction, and each language's month and money. */
class SupportedLanguagesTest {

    @Test
    void theSixLanguagesOfTheUnitedNationsEnglishFirst() {
        assertThat(SupportedLanguages.codes()).containsExactly("en", "fr", "es", "ar", "ru", "zh");
        assertThat(SupportedLanguages.DEFAULT.code()).isEqualTo("en");
        assertThat(SupportedLanguages.ALL)
                .extracting(SupportedLanguages.Language::name)
                .containsExactly("English", "Français", "Español", "العربية", "Русский", "中文");
        assertThat(SupportedLanguages.locales())
                .containsExactly(
                        Locale.ENGLISH,
                        Locale.FRENCH,
                        Locale.forLanguageTag("es"),
                        Locale.forLanguageTag("ar"),
                        Locale.forLanguageTag("ru"),
                        Locale.CHINESE);
    }

    @Test
    void onlyArabicIsWrittenFromRightToLeft() {
        assertThat(SupportedLanguages.ALL)
                .filteredOn(SupportedLanguages.Language::rightToLeft)
                .extracting(SupportedLanguages.Language::code)
                .containsExactly("ar");
        assertThat(SupportedLanguages.find("ar").orElseThrow().direction()).isEqualTo("rtl");
        assertThat(SupportedLanguages.find("ru").orElseThrow().direction()).isEqualTo("ltr");
        assertThat(SupportedLanguages.find("zh").orElseThrow().direction()).isEqualTo("ltr");
    }

    @Test
    void aTagOrLocaleFindsItsLanguageWhateverItsRegionOrScript() {
        assertThat(SupportedLanguages.find("zh-CN"))
                .map(SupportedLanguages.Language::code)
                .hasValue("zh");
        assertThat(SupportedLanguages.find("zh_Hans_CN"))
                .map(SupportedLanguages.Language::code)
                .hasValue("zh");
        assertThat(SupportedLanguages.find(Locale.TRADITIONAL_CHINESE))
                .map(SupportedLanguages.Language::code)
                .hasValue("zh");
        assertThat(SupportedLanguages.find("ru-RU"))
                .map(SupportedLanguages.Language::code)
                .hasValue("ru");
        assertThat(SupportedLanguages.find(" fr "))
                .map(SupportedLanguages.Language::code)
                .hasValue("fr");
        assertThat(SupportedLanguages.find("de")).isEmpty();
        assertThat(SupportedLanguages.find("")).isEmpty();
        assertThat(SupportedLanguages.find((String) null)).isEmpty();
        assertThat(SupportedLanguages.of(Locale.GERMAN)).isEqualTo(SupportedLanguages.DEFAULT);
    }

    @Test
    void eachLanguageWritesAMonthItsOwnWay() {
        YearMonth march = YearMonth.of(2027, 3);

        assertThat(month("en", march)).isEqualTo("March 2027");
        assertThat(month("fr", march)).isEqualTo("mars 2027");
        assertThat(month("es", march)).isEqualTo("marzo 2027");
        assertThat(month("ru", march)).isEqualTo("март 2027 г.");
        assertThat(month("zh", march)).isEqualTo("2027年3月");
        assertThat(month("zh", YearMonth.of(2027, 12))).isEqualTo("2027年12月");
    }

    @Test
    void russianAndChineseWriteDollarsAndNumbersTheirWay() {
        assertThat(usd("ru", 240_000)).isEqualTo("240\u00a0000\u00a0$");
        assertThat(usd("zh", 240_000)).isEqualTo("US$240,000");
        assertThat(NumberFormat.getIntegerInstance(Locale.forLanguageTag("ru")).format(1_234_567))
                .isEqualTo("1\u00a0234\u00a0567");
    }

    private static String month(String code, YearMonth month) {
        SupportedLanguages.Language language = SupportedLanguages.find(code).orElseThrow();
        return DateTimeFormatter.ofPattern(language.monthPattern(), language.locale())
                .format(month);
    }

    /** As {@code Formats.usd} writes an amount. */
    private static String usd(String code, long amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(code));
        format.setCurrency(Currency.getInstance("USD"));
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }
}
