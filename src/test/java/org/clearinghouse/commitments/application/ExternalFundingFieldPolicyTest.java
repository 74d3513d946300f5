package org.clearinghouse.commitments.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.junit.jupiter.api.Test;

class ExternalFundingFieldPolicyTest {

    private static final ExternalCommitmentView GERMAN_RECORD = new ExternalCommitmentView(
            3,
            "NER",
            "Niger",
            "BORDER_CONTROL",
            80_000,
            "2027-01",
            "2027-12",
            "BILATERAL",
            null,
            "DEU",
            12L,
            "Internal: the ministry still has to sign",
            1,
            "german.desk",
            "2027-01-05T10:00:00Z",
            "CONFIRMED",
            "niger.focal",
            "2027-01-06T09:00:00Z",
            null);

    @Test
    void theDonorTheRecordIsForTheSecretariatAndTheAdminReadTheNote() {
        for (Caller caller : new Caller[] {
            new Caller("donor.DEU", Role.DONOR, "DEU", "DEU"),
            new Caller("secretariat", Role.SECRETARIAT, null, null),
            new Caller("admin", Role.ADMIN, null, null)
        }) {
            assertThat(ExternalFundingFieldPolicy.viewFor(caller, GERMAN_RECORD))
                    .as(caller.username())
                    .isEqualTo(GERMAN_RECORD);
        }
    }

    @Test
    void anotherDonorAndTheRecipientStateReadTheFundingWithoutNoteOrAccountName() {
        for (Caller caller : new Caller[] {
            new Caller("donor.JPN", Role.DONOR, "JPN", "JPN"), new Caller("recipient.NER", Role.RECIPIENT, "NER", null)
        }) {
            ExternalCommitmentView view = ExternalFundingFieldPolicy.viewFor(caller, GERMAN_RECORD);
            assertThat(view.note()).as(caller.username()).isNull();
            assertThat(view.createdBy()).isNull();
            assertThat(view.decidedBy()).isEqualTo(caller.is(Role.RECIPIENT) ? "niger.focal" : null);
            assertThat(view.status()).isEqualTo("CONFIRMED");
            assertThat(view.amountUsd()).isEqualTo(80_000);
            assertThat(view.donor()).isEqualTo("DEU");
            assertThat(view.requestId()).isEqualTo(12L);
        }
    }

    @Test
    void aRecordForNoDonorIsReadInFullOnlyByTheSecretariatAndTheAdmin() {
        assertThat(ExternalFundingFieldPolicy.readsInFull(new Caller("donor.DEU", Role.DONOR, "DEU", "DEU"), null))
                .isFalse();
        assertThat(ExternalFundingFieldPolicy.readsInFull(
                        new Caller("secretariat", Role.SECRETARIAT, null, null), null))
                .isTrue();
    }
}
