package org.clearinghouse.notifications.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.clearinghouse.shared.i18n.ReaderWords;

/**
 * The arguments of a notice as a reader reads them: the amount of a proposal or a need as money ("$240,000",
 * "240 000 $US") and the date of a reminder as a date of the language ("3 March 2027"), for entries stored before
 * and after this was so. Texts whose amount is money have a {@code words.<key>} without the currency after it.
 */
final class NoticeWords {

    static final String PREFIX = "words.";

    /** Per text, the arguments that are amounts in US dollars. */
    private static final Map<String, Set<Integer>> MONEY = Map.of(
            "notify.DECISION_NEEDED", Set.of(2),
            "notify.STATE_CHANGED", Set.of(2),
            "notify.NEW_NEED", Set.of(4));

    /** Per text, the arguments that are dates (ISO, "2027-03-01"). */
    private static final Map<String, Set<Integer>> DATES = Map.of("notify.REMINDER", Set.of(2));

    private NoticeWords() {}

    static List<String> inWords(String key, List<String> args, ResourceBundle bundle) {
        if (!bundle.containsKey(PREFIX + key) && !DATES.containsKey(key)) {
            return args;
        }
        ReaderWords words = new ReaderWords(bundle.getLocale(), bundle);
        List<String> written = new ArrayList<>(args);
        for (int i = 0; i < written.size(); i++) {
            String arg = written.get(i);
            if (arg == null) {
                continue;
            }
            if (MONEY.getOrDefault(key, Set.of()).contains(i) && arg.matches("-?\\d+")) {
                written.set(i, words.usd(Long.parseLong(arg)));
            } else if (DATES.getOrDefault(key, Set.of()).contains(i)) {
                written.set(i, date(arg, bundle));
            }
        }
        return written;
    }

    private static String date(String iso, ResourceBundle bundle) {
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(bundle.getLocale())
                    .format(LocalDate.parse(iso));
        } catch (DateTimeParseException notADate) {
            return iso;
        }
    }
}
