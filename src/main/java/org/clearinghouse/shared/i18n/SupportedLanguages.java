package org.clearinghouse.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the portal: the one list that the language switcher, the Faces supported locales, account
 * preferences and the tests of the message bundles read. To add a language: add it here, add
 * {@code i18n/messages_<code>.properties} with every key of {@code messages_en}, and name it in the bundle tests' list
 * of words that may stay the same. Codes are bare ISO 639-1 language codes, so that one bundle serves every region of a
 * language: {@code zh} is Simplified Chinese, the written Chinese of the United Nations ({@code zh-CN}, {@code zh-SG}
 * and, for want of a Traditional bundle, {@code zh-TW} read it too).
 */
public final class SupportedLanguages {

    /**
     * A language of the portal.
     *
     * @param code the language code of the bundles, of {@code ?lang=}, and of accounts' preferred locale
     * @param name the language's own name, written in itself
     * @param rightToLeft whether the language is written from right to left
     * @param monthPattern how the language writes a month and its year ("March 2027", "2027年3月")
     */
    public record Language(String code, String name, boolean rightToLeft, String monthPattern) {

        public Locale locale() {
            return Locale.forLanguageTag(code);
        }

        /** The {@code dir} of a page in this language: {@code rtl} or {@code ltr}. */
        public String direction() {
            return rightToLeft ? "rtl" : "ltr";
        }
    }

    public static final Language ENGLISH = new Language("en", "English", false, "LLLL yyyy");

    /** The six official languages of the United Nations, in the order the switcher shows them. */
    public static final List<Language> ALL = List.of(
            ENGLISH,
            new Language("fr", "Français", false, "LLLL yyyy"),
            new Language("es", "Español", false, "LLLL yyyy"),
            new Language("ar", "العربية", true, "LLLL yyyy"),
            new Language("ru", "Русский", false, "LLLL y 'г'."),
            new Language("zh", "中文", false, "y年M月"));

    /** The language of a person who chose none, and of texts missing in another language. */
    public static final Language DEFAULT = ENGLISH;

    private SupportedLanguages() {}

    /** The language of this code or language tag ({@code "fr"}, {@code "zh-CN"}), if the portal has it. */
    public static Optional<Language> find(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        return find(Locale.forLanguageTag(tag.trim().replace('_', '-')));
    }

    /** The language of this locale (its language only: {@code zh_TW} is {@code zh}), if the portal has it. */
    public static Optional<Language> find(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        String language = locale.getLanguage();
        return ALL.stream().filter(l -> l.code().equals(language)).findFirst();
    }

    /** The language of this locale, else {@link #DEFAULT}. */
    public static Language of(Locale locale) {
        return find(locale).orElse(DEFAULT);
    }

    /** The codes, in order: {@code [en, fr, es, ar, ru, zh]}. */
    public static List<String> codes() {
        return ALL.stream().map(Language::code).toList();
    }

    /** The locales of {@link #ALL}, in order. */
    public static List<Locale> locales() {
        return ALL.stream().map(Language::locale).toList();
    }
}
