package org.clearinghouse.commitments.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.commitments.domain.ExternalCommitment;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.shared.domain.Party;
import org.junit.jupiter.api.Test;

/**
 * Before confirmation a claim is known to the claiming donor, the State and the secretariat only; another donor
 * learns of it only once it counts; only the State and the secretariat decide.
 */
class ClaimVisibilityTest {

    private static final Caller SECRETARIAT = new Caller("secretariat", Role.SECRETARIAT, null, null);
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, null);
    private static final Caller NIGER = new Caller("recipient.NER", Role.RECIPIENT, "NER", null);
    private static final Caller MALI = new Caller("recipient.MLI", Role.RECIPIENT, "MLI", null);
    private static final Caller GERMANY = new Caller("donor.DEU", Role.DONOR, null, "DEU");
    private static final Caller JAPAN = new Caller("donor.JPN", Role.DONOR, null, "JPN");

    @Test
    void aClaimIsKnownToTheClaimingDonorTheStateAndTheSecretariatOnly() {
        ExternalCommitment claim = germanClaimForNiger();

        assertThat(ClaimVisibility.mayKnow(GERMANY, claim)).isTrue();
        assertThat(ClaimVisibility.mayKnow(NIGER, claim)).isTrue();
        assertThat(ClaimVisibility.mayKnow(SECRETARIAT, claim)).isTrue();
        assertThat(ClaimVisibility.mayKnow(ADMIN, claim)).isTrue();
        assertThat(ClaimVisibility.mayKnow(JAPAN, claim)).isFalse();
        assertThat(ClaimVisibility.mayKnow(MALI, claim)).isFalse();
        assertThat(ClaimVisibility.mayKnow(Caller.ANONYMOUS, claim)).isFalse();
    }

    @Test
    void aDisputedClaimStaysHiddenFromOtherDonorsAndAConfirmedOneIsShown() {
        ExternalCommitment disputed = germanClaimForNiger();
        disputed.dispute("recipient.NER", Party.RECIPIENT, "not signed", LocalDateTime.now());
        ExternalCommitment confirmed = germanClaimForNiger();
        confirmed.confirm("recipient.NER", Party.RECIPIENT, LocalDateTime.now());

        assertThat(ClaimVisibility.mayKnow(JAPAN, disputed)).isFalse();
        assertThat(ClaimVisibility.mayKnow(JAPAN, confirmed)).isTrue();
        assertThat(ClaimVisibility.mayKnow(MALI, confirmed))
                .as("another State's, even confirmed")
                .isFalse();
    }

    @Test
    void onlyTheStateAndTheSecretariatDecide() {
        ExternalCommitment claim = germanClaimForNiger();

        assertThat(ClaimVisibility.decides(NIGER, claim)).isTrue();
        assertThat(ClaimVisibility.decides(SECRETARIAT, claim)).isTrue();
        assertThat(ClaimVisibility.decides(GERMANY, claim))
                .as("not its own claim")
                .isFalse();
        assertThat(ClaimVisibility.decides(ADMIN, claim)).isFalse();
        assertThat(ClaimVisibility.decides(MALI, claim)).isFalse();
        assertThat(ClaimVisibility.partyOf(NIGER)).isEqualTo(Party.RECIPIENT);
        assertThat(ClaimVisibility.partyOf(SECRETARIAT)).isEqualTo(Party.SECRETARIAT);
    }

    private static ExternalCommitment germanClaimForNiger() {
        ExternalCommitment e = new ExternalCommitment();
        e.setState(new State("NER", "Niger", Region.AFRICA, "Western Africa", false));
        e.setDonorCode("DEU");
        e.recordedBy("donor.DEU", Party.DONOR, LocalDateTime.now());
        return e;
    }
}
