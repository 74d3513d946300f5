package org.clearinghouse.commitments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.clearinghouse.shared.domain.Party;
import org.junit.jupiter.api.Test;

/**
 * The rules of a claim: the secretariat's record counts at once, a donor's is a claim that counts only once the State
 * or the secretariat confirms it; a dispute needs a reason and is kept; a donor never decides; every step is history.
 */
class FundingClaimRulesTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 6, 10, 0);
    private static final LocalDateTime T1 = T0.plusHours(1);

    @Test
    void aDonorsRecordIsAClaimThatCountsForNothing() {
        ExternalCommitment e = new ExternalCommitment();
        e.recordedBy("donor.DEU", Party.DONOR, T0);

        assertThat(e.getClaimStatus()).isEqualTo(ClaimStatus.CLAIMED);
        assertThat(e.counts()).isFalse();
        assertThat(e.getDecidedBy()).isNull();
        assertThat(e.getHistory()).singleElement().satisfies(h -> {
            assertThat(h.getAction()).isEqualTo(ClaimAction.CLAIMED);
            assertThat(h.getActor()).isEqualTo("donor.DEU");
            assertThat(h.getParty()).isEqualTo(Party.DONOR);
            assertThat(h.getOccurredAt()).isEqualTo(T0);
        });
    }

    @Test
    void theSecretariatsRecordCountsAtOnce() {
        ExternalCommitment e = new ExternalCommitment();
        e.recordedBy("secretariat", Party.SECRETARIAT, T0);

        assertThat(e.counts()).isTrue();
        assertThat(e.getDecidedBy()).isEqualTo("secretariat");
        assertThat(e.getHistory())
                .extracting(ExternalCommitmentEvent::getAction)
                .containsExactly(ClaimAction.RECORDED);
    }

    @Test
    void aRecipientStateRecordsNothing() {
        assertThatThrownBy(() -> new ExternalCommitment().recordedBy("recipient.NER", Party.RECIPIENT, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStateConfirmsAndFromThenOnItCounts() {
        ExternalCommitment e = claim();
        e.confirm("recipient.NER", Party.RECIPIENT, T1);

        assertThat(e.counts()).isTrue();
        assertThat(e.getDecidedBy()).isEqualTo("recipient.NER");
        assertThat(e.getDecidedAt()).isEqualTo(T1);
        assertThat(e.getHistory())
                .extracting(ExternalCommitmentEvent::getAction, ExternalCommitmentEvent::getParty)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ClaimAction.CLAIMED, Party.DONOR),
                        org.assertj.core.groups.Tuple.tuple(ClaimAction.CONFIRMED, Party.RECIPIENT));
        assertThatThrownBy(() -> e.confirm("secretariat", Party.SECRETARIAT, T1))
                .as("confirmed once")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> e.dispute("secretariat", Party.SECRETARIAT, "late", T1))
                .as("a confirmed record is no longer disputed")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDisputeKeepsItsReasonAndCountsForNothing() {
        ExternalCommitment e = claim();
        e.dispute("secretariat", Party.SECRETARIAT, "  No such grant was signed.  ", T1);

        assertThat(e.getClaimStatus()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(e.counts()).isFalse();
        assertThat(e.getDisputeReason()).isEqualTo("No such grant was signed.");
        assertThat(e.getHistory().get(1).getReason()).isEqualTo("No such grant was signed.");
        assertThat(e.getHistory().get(1).getActor()).isEqualTo("secretariat");
        assertThatThrownBy(() -> e.dispute("recipient.NER", Party.RECIPIENT, "again", T1))
                .isInstanceOf(IllegalStateException.class);

        e.confirm("recipient.NER", Party.RECIPIENT, T1.plusDays(1));
        assertThat(e.counts()).as("the State may think again").isTrue();
        assertThat(e.getDisputeReason()).isNull();
        assertThat(e.getHistory()).hasSize(3);
    }

    @Test
    void aDisputeNeedsAReasonOfAtMostAThousandCharacters() {
        ExternalCommitment e = claim();
        assertThatThrownBy(() -> e.dispute("recipient.NER", Party.RECIPIENT, " ", T1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> e.dispute("recipient.NER", Party.RECIPIENT, "x".repeat(1001), T1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(e.getClaimStatus()).isEqualTo(ClaimStatus.CLAIMED);
        assertThat(e.getHistory()).hasSize(1);
    }

    @Test
    void aDonorNeverDecides() {
        ExternalCommitment e = claim();
        assertThatThrownBy(() -> e.confirm("donor.DEU", Party.DONOR, T1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> e.dispute("donor.JPN", Party.DONOR, "rival", T1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(e.counts()).isFalse();
    }

    @Test
    void whatARequestStillNeedsAndWhatFits() {
        assertThat(RemainingNeed.of(100_000, 30_000, 20_000)).isEqualTo(50_000);
        assertThat(RemainingNeed.of(100_000, 80_000, 40_000))
                .as("never below 0")
                .isZero();
        assertThat(RemainingNeed.fits(50_000, 50_000)).isTrue();
        assertThat(RemainingNeed.fits(50_001, 50_000)).isFalse();
        assertThat(RemainingNeed.fits(1, 0)).isFalse();
    }

    private static ExternalCommitment claim() {
        ExternalCommitment e = new ExternalCommitment();
        e.recordedBy("donor.DEU", Party.DONOR, T0);
        return e;
    }
}
