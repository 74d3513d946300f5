package org.clearinghouse.shared.i18n;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What a reader sees instead of a code, in the reader's language: areas, types and regions by their names
 * ({@code area.CODE}, {@code type.CODE}, {@code region.CODE} of the bundles), amounts as money ("$240,000",
 * "USD 5.3 million"), a priority as "priority 1 (highest)", months as "March 2027". Plain Java, for pages and
 * e-mails alike.
 */
public final class ReaderWords {

    public static final String BUNDLE = "i18n.messages";
    private static final Currency USD = Currency.getInstance("USD");

    private final Locale locale;
    private final ResourceBundle bundle;

    public ReaderWords(Locale locale) {
        this(
                locale == null ? SupportedLanguages.DEFAULT.locale() : locale,
                ResourceBundle.getBundle(
                        BUNDLE,
                        locale == null ? SupportedLanguages.DEFAULT.locale() : locale,
                        ReaderWords.class.getClassLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public ReaderWords(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with its arguments, or null when the bundle has no such key. */
    public String textOrNull(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return null;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The text of {@code key} with its arguments; the key itself when missing. */
    public String text(String key, Object... arguments) {
        String text = textOrNull(key, arguments);
        return text == null ? key : text;
    }

    /** "$240,000" in English, "240 000 $US" in French. */
    public String usd(long amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(USD);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    /** "USD 5.3 million", "5,3 millions USD", "530万美元": whole amounts under a thousand as they are. */
    public String usdCompact(long amount) {
        NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.LONG);
        compact.setMaximumFractionDigits(Math.abs(amount) < 1000 ? 0 : 1);
        return text("words.usd.compact", compact.format(amount));
    }

    /** A whole number the language's way ("1,250", "1 250"). */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** "priority 1 (highest)", "priority 3", "priority 5 (lowest)". */
    public String priority(int priority) {
        String rank = textOrNull("priority." + priority);
        return text("words.priority", rank == null ? number(priority) : rank);
    }

    /** A commitment area by its name; an unknown code as it is. */
    public String area(String code) {
        return named("area.", code);
    }

    /** An assistance type by its name. */
    public String type(String code) {
        return named("type.", code);
    }

    /** A region by its name. */
    public String region(String code) {
        return named("region.", code);
    }

    /** "March 2027" from "2027-03"; anything else as it is. */
    public String month(String yearMonth) {
        if (yearMonth == null || yearMonth.isBlank()) {
            return "";
        }
        try {
            String pattern = SupportedLanguages.of(locale).monthPattern();
            return DateTimeFormatter.ofPattern(pattern, locale).format(YearMonth.parse(yearMonth.trim()));
        } catch (DateTimeParseException notAMonth) {
            return yearMonth;
        }
    }

    /** "January 2027 – December 2027" from "2027-01/2027-12" (the engine's way of writing a period). */
    public String period(String startSlashEnd) {
        if (startSlashEnd == null) {
            return "";
        }
        int slash = startSlashEnd.indexOf('/');
        return slash < 0
                ? month(startSlashEnd)
                : month(startSlashEnd.substring(0, slash)) + " – " + month(startSlashEnd.substring(slash + 1));
    }

    private String named(String prefix, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = textOrNull(prefix + code);
        return name == null ? code : name;
    }
}
