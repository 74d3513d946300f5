package org.clearinghouse.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Who reads a message on a request: its donor alone, or every donor; the stored form round-trips. */
class AudienceTest {

    @Test
    void aPrivateExchangeIsReadByItsDonorOnly() {
        Audience germany = Audience.donor("DEU");

        assertThat(germany.code()).isEqualTo("DONOR:DEU");
        assertThat(germany.isReadByDonor("DEU")).isTrue();
        assertThat(germany.isReadByDonor("JPN")).isFalse();
        assertThat(germany.isReadByDonor(null)).isFalse();
    }

    @Test
    void anAnswerToAllDonorsIsReadByEveryDonor() {
        assertThat(Audience.ALL_DONORS.code()).isEqualTo("ALL_DONORS");
        assertThat(Audience.ALL_DONORS.isReadByDonor("DEU")).isTrue();
        assertThat(Audience.ALL_DONORS.isReadByDonor("EU")).isTrue();
    }

    @Test
    void aProposalsThreadIsNotADonorsAudienceOnARequest() {
        assertThat(Audience.PROPOSAL_PARTIES.code()).isEqualTo("PROPOSAL_PARTIES");
        assertThat(Audience.PROPOSAL_PARTIES.isReadByDonor("DEU")).isFalse();
    }

    @Test
    void theStoredFormReadsBack() {
        assertThat(Audience.parse("DONOR:EU")).isEqualTo(Audience.donor("EU"));
        assertThat(Audience.parse("ALL_DONORS")).isEqualTo(Audience.ALL_DONORS);
        assertThat(Audience.parse("PROPOSAL_PARTIES")).isEqualTo(Audience.PROPOSAL_PARTIES);
        assertThat(new Audience(Audience.Kind.ALL_DONORS, "DEU").donorCode()).isNull();
    }

    @Test
    void aPrivateAudienceNamesItsDonor() {
        assertThatThrownBy(() -> Audience.donor(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Audience.donor(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
