package org.clearinghouse.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.clearinghouse.notifications.domain.InboxEntry;
import org.junit.jupiter.api.Test;

/** Notification texts come from the bundles in the reader's language, state names translated too. */
class NotificationTextsTest {

    private static final List<String> DECISION = List.of("42", "Marking machines", "120000", "DEU",
            NotificationTexts.TRANSLATED + "proposalState.ENDORSED",
            NotificationTexts.TRANSLATED + "proposalState.RECIPIENT_ACCEPTED", "recipient.NER");

    @Test
    void everyKindHasATextAndASubjectInEveryLanguage() {
        for (String language : List.of("en", "fr", "es", "ar")) {
            Locale locale = Locale.forLanguageTag(language);
            for (InboxEntry.Kind kind : InboxEntry.Kind.values()) {
                assertThat(NotificationTexts.message(kind, DECISION, locale)).as(language + " " + kind)
                        .doesNotStartWith("notify.").contains("42");
                assertThat(NotificationTexts.subject(kind, DECISION, locale)).as(language + " " + kind)
                        .doesNotStartWith("notify.").contains("42");
            }
            assertThat(NotificationTexts.body("Ana", "text", locale)).contains("Ana", "text");
        }
    }

    @Test
    void frenchTextsWithTranslatedStatesAndApostrophes() {
        assertThat(NotificationTexts.message(InboxEntry.Kind.STATE_CHANGED, DECISION, Locale.FRENCH))
                .isEqualTo("La proposition 42 (Marking machines, 120000 USD de DEU) est passée de « Approuvée » à "
                        + "« Acceptée par l'État » (par recipient.NER).");
        assertThat(NotificationTexts.subject(InboxEntry.Kind.STATE_CHANGED, DECISION, Locale.FRENCH))
                .isEqualTo("Clearinghouse : la proposition 42 a changé d'état");
        assertThat(NotificationTexts.message(InboxEntry.Kind.REMINDER, List.of("7", "Armouries", "2026-11-28"),
                Locale.FRENCH)).startsWith("Votre demande 7 (Armouries) n'a pas été mise à jour depuis le 2026-11-28.");
    }

    @Test
    void englishByDefault() {
        assertThat(NotificationTexts.message(InboxEntry.Kind.DECISION_NEEDED, DECISION, null))
                .isEqualTo("Proposal 42 (Marking machines, 120000 USD from DEU) is now \"Accepted by the State\" and"
                        + " awaits your decision.");
    }
}
