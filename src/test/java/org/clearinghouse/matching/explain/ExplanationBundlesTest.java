package org.clearinghouse.matching.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import org.clearinghouse.shared.i18n.SupportedLanguages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's explanations and unfunded reasons in every language of the portal: each text the engine writes in
 * English ({@link ExplanationTexts}) has its {@code explain.<key>} in each bundle with the same arguments, each
 * reason code its short {@code unfundedReason.<code>} too, and the English bundle says what the engine says.
 */
class ExplanationBundlesTest {

    private static final List<String> KEYS = keys();

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(
                ExplanationTexts.PROPOSAL,
                ExplanationTexts.REGION_ANY,
                ExplanationTexts.REGION_LISTED,
                ExplanationTexts.CHOICE_WHOLE,
                ExplanationTexts.CHOICE_SPLIT,
                ExplanationTexts.PINNED,
                "excluded.suffix"));
        for (ReasonCode code : ReasonCode.values()) {
            keys.add(ExplanationTexts.key(code));
        }
        return keys;
    }

    static List<String> languages() {
        return SupportedLanguages.codes();
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(
                "i18n.messages",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Eleven arguments, each text showing which of them it used. */
    private static Object[] markers() {
        return IntStream.range(0, 11).mapToObj(i -> "<" + i + ">").toArray();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyExplanationAndReasonIsTranslatedWithTheEngineArguments(String language) {
        ResourceBundle bundle = bundle(language);
        assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);

        for (String key : KEYS) {
            assertThat(bundle.containsKey("explain." + key))
                    .as(language + ": explain." + key)
                    .isTrue();
            String english = ExplanationTexts.render(key, List.of(markers()));
            String translated =
                    new MessageFormat(bundle.getString("explain." + key), bundle.getLocale()).format(markers());
            for (int i = 0; i < 11; i++) {
                assertThat(translated.contains("<" + i + ">"))
                        .as(language + ": explain." + key + " shows {" + i + "}")
                        .isEqualTo(english.contains("<" + i + ">"));
            }
        }
        for (ReasonCode code : ReasonCode.values()) {
            assertThat(bundle.getString("unfundedReason." + code.name()))
                    .as(language + " " + code)
                    .isNotBlank();
        }
    }

    @Test
    void theEnglishBundleSaysWhatTheEngineSays() {
        ResourceBundle english = bundle("en");
        for (String key : KEYS) {
            assertThat(new MessageFormat(english.getString("explain." + key), Locale.ROOT).format(markers()))
                    .as(key)
                    .isEqualTo(ExplanationTexts.render(key, List.of(markers())));
        }
    }
}
