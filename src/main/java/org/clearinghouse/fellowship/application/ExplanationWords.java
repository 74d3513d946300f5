package org.clearinghouse.fellowship.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.clearinghouse.cohort.explain.CandidateExplanation;

/**
 * The cohort engine's explanations in the reader's language: {@code explain.<key>} of the portal's bundles with the
 * engine's arguments, the engine's English text when a bundle lacks the key.
 */
final class ExplanationWords {

    private ExplanationWords() {}

    static String of(CandidateExplanation explanation, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "i18n.messages",
                    locale,
                    ExplanationWords.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString("explain." + explanation.key());
            return new MessageFormat(pattern, bundle.getLocale())
                    .format(explanation.arguments().toArray());
        } catch (MissingResourceException missing) {
            return explanation.text();
        }
    }
}
