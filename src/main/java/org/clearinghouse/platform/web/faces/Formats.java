package org.clearinghouse.platform.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.clearinghouse.shared.i18n.ReaderWords;

/** Money (US dollars), numbers, months and dates written the way the page's language writes them. */
@Named("fmt")
@RequestScoped
public class Formats {

    private static final Currency USD = Currency.getInstance("USD");

    @Inject
    ReaderLocale languages;

    private ReaderWords words;

    private Locale locale() {
        return languages.getLocale();
    }

    /** Names, money and priorities in words in the page's language ({@link ReaderWords}). */
    public ReaderWords words() {
        if (words == null || !words.locale().equals(locale())) {
            words = new ReaderWords(locale(), java.util.ResourceBundle.getBundle(Texts.BUNDLE, locale()));
        }
        return words;
    }

    /** "USD 5.3 million", "5,3 millions USD", "530万美元". */
    public String usdCompact(Long amount) {
        return amount == null ? "" : words().usdCompact(amount);
    }

    /** "priority 1 (highest)", "priority 3". */
    public String priority(Integer priority) {
        return priority == null ? "" : words().priority(priority);
    }

    /** "$240,000" in English, "240 000 $US" in French, "240.000 US$" in Spanish. */
    public String usd(Long amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(USD);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    public String number(Long value) {
        return value == null ? "" : NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A whole percentage of part in total ("45 %"). */
    public String percent(long part, long total) {
        return total <= 0 ? "" : NumberFormat.getPercentInstance(locale()).format((double) part / total);
    }

    /** "March 2027" from "2027-03" ("март 2027 г.", "2027年3月": the language's own month pattern). */
    public String month(String yearMonth) {
        if (yearMonth == null || yearMonth.isBlank()) {
            return "";
        }
        String pattern =
                org.clearinghouse.shared.i18n.SupportedLanguages.of(locale()).monthPattern();
        return DateTimeFormatter.ofPattern(pattern, locale()).format(YearMonth.parse(yearMonth));
    }

    /** "March 2027 – December 2027" (months of the same year shortened). */
    public String period(String start, String end) {
        return month(start) + " – " + month(end);
    }

    /** "January 2027 – December 2027" from "2027-01/2027-12", the way the API writes a period in one text. */
    public String span(String startSlashEnd) {
        return startSlashEnd == null ? "" : words().period(startSlashEnd);
    }

    /** A UTC timestamp of the API ("2027-03-01T10:15:30Z") as a medium date and time (UTC). */
    public String dateTime(String utc) {
        if (utc == null || utc.isBlank()) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale())
                        .withZone(ZoneOffset.UTC)
                        .format(Instant.parse(utc))
                + " UTC";
    }
}
