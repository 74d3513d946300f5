package org.clearinghouse.dialogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearinghouse.dialogue.domain.ThreadKind;
import org.clearinghouse.shared.domain.Party;
import org.junit.jupiter.api.Test;

/** What a notice quotes of a message, and where it sends each party. */
class DialogueNoticesTest {

    @Test
    void theExcerptIsOneLineWithoutControlCharacters() {
        assertThat(DialogueNotices.excerpt("\u0001notify.X\n\n  second\u001fline\t"))
                .isEqualTo("notify.X second line");
    }

    @Test
    void aLongTextIsCutAt200Characters() {
        String excerpt = DialogueNotices.excerpt("a".repeat(500));

        assertThat(excerpt).hasSize(201).endsWith("…");
        assertThat(DialogueNotices.excerpt("short")).isEqualTo("short");
    }

    @Test
    void eachPartyIsSentToItsOwnPage() {
        assertThat(ThreadPages.path(Party.DONOR, ThreadKind.REQUEST, 12))
                .isEqualTo("/donor/request-messages.xhtml?id=12");
        assertThat(ThreadPages.path(Party.RECIPIENT, ThreadKind.PROPOSAL, 3))
                .isEqualTo("/recipient/proposal-messages.xhtml?id=3");
        assertThat(ThreadPages.path(Party.SECRETARIAT, ThreadKind.PROPOSAL, 3))
                .isEqualTo("/secretariat/proposal-messages.xhtml?id=3");
    }
}
