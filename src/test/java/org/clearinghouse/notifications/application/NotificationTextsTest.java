package org.clearinghouse.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.clearinghouse.notifications.domain.InboxEntry;
import org.clearinghouse.shared.i18n.SupportedLanguages;
import org.junit.jupiter.api.Test;

/**
 * Notification texts come from the bundles in the reader's language, state names translated too, amounts as money
 * and dates as dates of that language.
 */
class NotificationTextsTest {

    private static final List<String> DECISION = List.of(
            "42",
            "Marking machines",
            "120000",
            "DEU",
            NotificationTexts.TRANSLATED + "proposalState.ENDORSED",
            NotificationTexts.TRANSLATED + "proposalState.RECIPIENT_ACCEPTED",
            "recipient.NER");

    @Test
    void everyKindHasATextAndASubjectInEveryLanguage() {
        for (String language : SupportedLanguages.codes()) {
            Locale locale = Locale.forLanguageTag(language);
            for (InboxEntry.Kind kind : InboxEntry.Kind.values()) {
                assertThat(NotificationTexts.message(kind, DECISION, locale))
                        .as(language + " " + kind)
                        .doesNotStartWith("notify.")
                        .contains("42");
                assertThat(NotificationTexts.subject(kind, DECISION, locale))
                        .as(language + " " + kind)
                        .doesNotStartWith("notify.")
                        .contains("42");
            }
            assertThat(NotificationTexts.body("Ana", "text", locale)).contains("Ana", "text");
        }
    }

    @Test
    void frenchTextsWithTranslatedStatesAndApostrophes() {
        assertThat(NotificationTexts.message(InboxEntry.Kind.STATE_CHANGED, DECISION, Locale.FRENCH)
                        .replace('\u202F', ' ')
                        .replace('\u00A0', ' '))
                .isEqualTo("La proposition 42 (Marking machines, 120 000 $US de DEU) est passée de « Approuvée » à "
                        + "« Acceptée par l'État » (par recipient.NER).");
        assertThat(NotificationTexts.subject(InboxEntry.Kind.STATE_CHANGED, DECISION, Locale.FRENCH))
                .isEqualTo("Clearinghouse : la proposition 42 a changé d'état");
        assertThat(NotificationTexts.message(
                        InboxEntry.Kind.REMINDER, List.of("7", "Armouries", "2026-11-28"), Locale.FRENCH))
                .startsWith("Votre demande 7 (Armouries) n'a pas été mise à jour depuis le 28 novembre 2026.");
    }

    @Test
    void everyLanguageButEnglishHasItsOwnTexts() {
        for (String language : SupportedLanguages.codes()) {
            if (language.equals("en")) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(language);
            for (InboxEntry.Kind kind : InboxEntry.Kind.values()) {
                assertThat(NotificationTexts.message(kind, DECISION, locale))
                        .as(language + " " + kind)
                        .isNotEqualTo(NotificationTexts.message(kind, DECISION, Locale.ENGLISH));
                assertThat(NotificationTexts.subject(kind, DECISION, locale))
                        .as(language + " " + kind)
                        .isNotEqualTo(NotificationTexts.subject(kind, DECISION, Locale.ENGLISH));
            }
            assertThat(NotificationTexts.body("Ana", "text", locale))
                    .as(language)
                    .isNotEqualTo(NotificationTexts.body("Ana", "text", Locale.ENGLISH));
        }
    }

    @Test
    void russianAndChineseTextsWithTranslatedStates() {
        Locale russian = Locale.forLanguageTag("ru");
        Locale chinese = Locale.forLanguageTag("zh");

        assertThat(NotificationTexts.message(InboxEntry.Kind.STATE_CHANGED, DECISION, russian)
                        .replace('\u00A0', ' '))
                .isEqualTo("Сопоставление 42 (Marking machines, 120 000 $ от DEU) перешло из состояния «Одобрено»"
                        + " в состояние «Принято государством» (решение: recipient.NER).");
        assertThat(NotificationTexts.subject(InboxEntry.Kind.REMINDER, List.of("7"), russian))
                .isEqualTo("Clearinghouse: актуален ли еще запрос 7?");
        assertThat(NotificationTexts.message(InboxEntry.Kind.STATE_CHANGED, DECISION, chinese))
                .isEqualTo("配对建议 42（Marking machines，DEU 提供的 US$120,000）已从“已核可”变为“受援国已接受”" + "（决定者：recipient.NER）。");
        assertThat(NotificationTexts.subject(InboxEntry.Kind.DECISION_NEEDED, DECISION, chinese))
                .isEqualTo("Clearinghouse：配对建议 42 需要您作出决定");
        // a Chinese reader in Taiwan or Singapore reads the Simplified Chinese texts, not English
        assertThat(NotificationTexts.subject(InboxEntry.Kind.DECISION_NEEDED, DECISION, Locale.TRADITIONAL_CHINESE))
                .isEqualTo("Clearinghouse：配对建议 42 需要您作出决定");
        assertThat(NotificationTexts.body("Анна", "текст", russian)).startsWith("Здравствуйте, Анна!\n\nтекст\n\n");
    }

    @Test
    void englishByDefault() {
        assertThat(NotificationTexts.message(InboxEntry.Kind.DECISION_NEEDED, DECISION, null))
                .isEqualTo("Proposal 42 (Marking machines, $120,000 from DEU) is now \"Accepted by the State\" and"
                        + " awaits your decision.");
    }
}
