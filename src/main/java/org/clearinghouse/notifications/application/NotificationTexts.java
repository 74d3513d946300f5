package org.clearinghouse.notifications.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.clearinghouse.notifications.domain.InboxEntry;

/** The texts of notifications (inbox and e-mail) from the message bundles, in a given language. */
public final class NotificationTexts {

    public static final String BUNDLE = "i18n.messages";

    /** Marks an argument that is a bundle key to be translated too ({@code proposalState.ENDORSED}). */
    public static final String TRANSLATED = "\u0001";

    private NotificationTexts() {}

    /** The inbox text of a notice of this kind. */
    public static String message(InboxEntry.Kind kind, List<String> args, Locale locale) {
        return text("notify." + kind.name(), args, locale);
    }

    /** The subject of the e-mail of a notice of this kind. */
    public static String subject(InboxEntry.Kind kind, List<String> args, Locale locale) {
        return text("notify.subject." + kind.name(), args, locale);
    }

    /** The body of an e-mail: a greeting by name, the message, how to answer. */
    public static String body(String name, String message, Locale locale) {
        return text("notify.mail.body", List.of(name, message), locale);
    }

    /**
     * The text of {@code key} in {@code locale} (English when missing), arguments filled in; amounts written as money
     * and dates as the language writes them ({@link NoticeWords}), with {@code words.<key>} when the bundle has it.
     */
    public static String text(String key, List<String> args, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.containsKey(NoticeWords.PREFIX + key)
                    ? bundle.getString(NoticeWords.PREFIX + key)
                    : bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key + " " + args;
        }
        Object[] values = NoticeWords.inWords(
                        key, args.stream().map(a -> translated(a, bundle)).toList(), bundle)
                .toArray();
        return new MessageFormat(pattern, bundle.getLocale()).format(values);
    }

    private static String translated(String arg, ResourceBundle bundle) {
        if (arg == null || !arg.startsWith(TRANSLATED)) {
            return arg;
        }
        String key = arg.substring(TRANSLATED.length());
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key.substring(key.lastIndexOf('.') + 1);
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE,
                locale == null ? Locale.ENGLISH : locale,
                NotificationTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
