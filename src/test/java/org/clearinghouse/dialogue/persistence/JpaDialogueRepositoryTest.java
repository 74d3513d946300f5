package org.clearinghouse.dialogue.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.clearinghouse.dialogue.domain.Audience;
import org.clearinghouse.dialogue.domain.DialogueMessage;
import org.clearinghouse.dialogue.domain.ThreadKind;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.persistence.DatabaseTest;
import org.clearinghouse.shared.persistence.TestDatabase;
import org.clearinghouse.shared.persistence.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The thread queries on H2 and MariaDB: newest first and paged, a donor's view (its own exchange and the messages
 * to all donors), the donors who wrote; a long text with markup and other scripts comes back verbatim.
 */
class JpaDialogueRepositoryTest extends DatabaseTest {

    private static final LocalDateTime T0 = LocalDateTime.parse("2027-05-02T10:00:00");

    private static DialogueMessage message(
            ThreadKind kind, long record, Party party, String code, String text, Audience audience, int minute) {
        String author = party == Party.SECRETARIAT
                ? "secretariat"
                : party.name().toLowerCase(java.util.Locale.ROOT) + "." + code;
        return new DialogueMessage(kind, record, author, party, code, text, audience, T0.plusMinutes(minute));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void threadsAreReadNewestFirstAsEachReaderMaySeeThem(Kind kind) {
        TestDatabase db = db(kind);
        long record = 9_000_000L + kind.ordinal();
        String long4000 =
                "<b>x</b> & ‘quotes’ — Ünïcödé 中文 العربية 😀\n".repeat(100).substring(0, 3990);
        db.run(em -> {
            var repo = new JpaDialogueRepository(em);
            repo.add(message(ThreadKind.REQUEST, record, Party.DONOR, "DEU", long4000, Audience.donor("DEU"), 0));
            repo.add(message(ThreadKind.REQUEST, record, Party.RECIPIENT, "NER", "to DEU", Audience.donor("DEU"), 1));
            repo.add(message(ThreadKind.REQUEST, record, Party.DONOR, "JPN", "japan asks", Audience.donor("JPN"), 2));
            repo.add(message(ThreadKind.REQUEST, record, Party.RECIPIENT, "NER", "to all", Audience.ALL_DONORS, 3));
            repo.add(message(
                    ThreadKind.PROPOSAL,
                    record,
                    Party.SECRETARIAT,
                    null,
                    "other thread",
                    Audience.PROPOSAL_PARTIES,
                    4));
        });
        db.run(em -> {
            var repo = new JpaDialogueRepository(em);
            var all = repo.thread(ThreadKind.REQUEST, record, null, PageRequest.of(0, 3));
            assertThat(all.total()).isEqualTo(4);
            assertThat(all.items())
                    .extracting(DialogueMessage::getText)
                    .containsExactly("to all", "japan asks", "to DEU");
            var rest = repo.thread(ThreadKind.REQUEST, record, null, PageRequest.of(1, 3));
            assertThat(rest.items()).singleElement().satisfies(m -> {
                assertThat(m.getText()).isEqualTo(long4000);
                assertThat(m.getCreatedAt()).isEqualTo(T0);
            });

            var germany = repo.thread(ThreadKind.REQUEST, record, "DEU", PageRequest.of(0, 20));
            assertThat(germany.items())
                    .extracting(DialogueMessage::getText)
                    .containsExactly("to all", "to DEU", long4000);
            var eu = repo.thread(ThreadKind.REQUEST, record, "EU", PageRequest.of(0, 20));
            assertThat(eu.items()).extracting(DialogueMessage::getText).containsExactly("to all");
            assertThat(eu.total()).isEqualTo(1);

            assertThat(repo.donorsWhoWrote(record)).containsExactly("DEU", "JPN");
            assertThat(repo.thread(ThreadKind.PROPOSAL, record, null, PageRequest.of(0, 20))
                            .items())
                    .extracting(DialogueMessage::getParty)
                    .containsExactly(DialogueMessage.SECRETARIAT);
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aCorrectionIsStoredWithItsTime(Kind kind) {
        TestDatabase db = db(kind);
        long record = 9_100_000L + kind.ordinal();
        long id = db.inTransaction(em -> {
            DialogueMessage m =
                    message(ThreadKind.PROPOSAL, record, Party.DONOR, "DEU", "first", Audience.PROPOSAL_PARTIES, 0);
            new JpaDialogueRepository(em).add(m);
            em.flush();
            return m.getId();
        });
        db.run(em -> new JpaDialogueRepository(em)
                .findById(id)
                .orElseThrow()
                .edit("donor.DEU", "second", T0.plusMinutes(5)));
        db.run(em -> {
            DialogueMessage m = new JpaDialogueRepository(em).findById(id).orElseThrow();
            assertThat(m.getText()).isEqualTo("second");
            assertThat(m.getEditedAt()).isEqualTo(T0.plusMinutes(5));
            assertThat(m.getVersion()).as("the correction counts as a change").isPositive();
        });
    }
}
