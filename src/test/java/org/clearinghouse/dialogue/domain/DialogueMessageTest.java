package org.clearinghouse.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.ConflictException;
import org.junit.jupiter.api.Test;

/** A message keeps its author, party and time; only its author corrects it, and only for 15 minutes. */
class DialogueMessageTest {

    private static final LocalDateTime WRITTEN = LocalDateTime.parse("2027-05-02T10:00:00");

    private static DialogueMessage question() {
        return new DialogueMessage(
                ThreadKind.REQUEST,
                7,
                "donor.DEU",
                Party.DONOR,
                "DEU",
                "  Is <b>x</b> included?\n",
                Audience.donor("DEU"),
                WRITTEN);
    }

    @Test
    void theTextIsKeptVerbatimWithItsAuthorAndTime() {
        DialogueMessage m = question();

        assertThat(m.getText()).isEqualTo("  Is <b>x</b> included?\n");
        assertThat(m.getAuthor()).isEqualTo("donor.DEU");
        assertThat(m.getParty()).isEqualTo("DEU");
        assertThat(m.getAuthorParty()).isEqualTo(Party.DONOR);
        assertThat(m.getCreatedAt()).isEqualTo(WRITTEN);
        assertThat(m.getEditedAt()).isNull();
        assertThat(m.getAudience()).isEqualTo(Audience.donor("DEU"));
    }

    @Test
    void theSecretariatWritesAsTheSecretariat() {
        DialogueMessage m = new DialogueMessage(
                ThreadKind.PROPOSAL,
                3,
                "secretariat",
                Party.SECRETARIAT,
                null,
                "Noted.",
                Audience.PROPOSAL_PARTIES,
                WRITTEN);

        assertThat(m.getParty()).isEqualTo(DialogueMessage.SECRETARIAT);
    }

    @Test
    void theAuthorCorrectsWithinFifteenMinutes() {
        DialogueMessage m = question();
        LocalDateTime last = WRITTEN.plusMinutes(15);

        assertThat(m.isEditableBy("donor.DEU", last)).isTrue();
        m.edit("donor.DEU", "Corrected", last);

        assertThat(m.getText()).isEqualTo("Corrected");
        assertThat(m.getEditedAt()).isEqualTo(last);
        assertThat(m.getCreatedAt()).isEqualTo(WRITTEN);
    }

    @Test
    void afterFifteenMinutesTheTextStays() {
        DialogueMessage m = question();
        LocalDateTime late = WRITTEN.plusMinutes(15).plusNanos(1000);

        assertThat(m.isEditableBy("donor.DEU", late)).isFalse();
        assertThatThrownBy(() -> m.edit("donor.DEU", "Too late", late))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("15 minutes");
        assertThat(m.getText()).startsWith("  Is <b>x</b>");
    }

    @Test
    void nobodyElseCorrectsIt() {
        DialogueMessage m = question();

        assertThat(m.isEditableBy("donor.JPN", WRITTEN)).isFalse();
        assertThatThrownBy(() -> m.edit("donor.JPN", "Mine now", WRITTEN.plusMinutes(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(m.getEditedAt()).isNull();
    }

    @Test
    void aQuestionOpensToAllDonors() {
        DialogueMessage m = question();

        m.openToAllDonors();

        assertThat(m.getAudience()).isEqualTo(Audience.ALL_DONORS);
        assertThat(m.getAudience().isReadByDonor("JPN")).isTrue();
    }
}
