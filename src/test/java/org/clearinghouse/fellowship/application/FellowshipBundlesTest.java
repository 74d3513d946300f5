package org.clearinghouse.fellowship.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import org.clearinghouse.cohort.explain.CohortExplanationTexts;
import org.clearinghouse.shared.i18n.SupportedLanguages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cohort explanation the engine writes in English has its {@code explain.<key>} in each language of the
 * portal, using the same arguments, and the English bundle says what the engine says.
 */
class FellowshipBundlesTest {

    static List<String> languages() {
        return SupportedLanguages.codes();
    }

    private static Object[] markers() {
        return IntStream.range(0, 15).mapToObj(i -> "<" + i + ">").toArray();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyCohortExplanationIsTranslatedWithTheEngineArguments(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "i18n.messages",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);
        for (String key : CohortExplanationTexts.keys()) {
            assertThat(bundle.containsKey("explain." + key))
                    .as(language + ": explain." + key)
                    .isTrue();
            String english = CohortExplanationTexts.render(key, List.of(markers()));
            String translated =
                    new MessageFormat(bundle.getString("explain." + key), bundle.getLocale()).format(markers());
            for (int i = 0; i < 15; i++) {
                assertThat(translated.contains("<" + i + ">"))
                        .as(language + ": explain." + key + " shows {" + i + "}")
                        .isEqualTo(english.contains("<" + i + ">"));
            }
            if (language.equals("en")) {
                assertThat(translated).isEqualTo(english);
            }
        }
        assertThat(bundle.getString("inbox.kind.FELLOWSHIP_COHORT")).isNotBlank();
    }
}
