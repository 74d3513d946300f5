package org.clearinghouse.offers.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.shared.Fields;
import org.clearinghouse.shared.Fixtures;
import org.junit.jupiter.api.Test;

class OfferFieldPolicyTest {

    private static final Caller GERMANY = new Caller("donor.DEU", Role.DONOR, "DEU", "DEU");
    private static final Caller JAPAN = new Caller("donor.JPN", Role.DONOR, "JPN", "JPN");
    private static final Caller NIGER = new Caller("recipient.NER", Role.RECIPIENT, "NER", null);
    private static final Caller SECRETARIAT = new Caller("secretariat", Role.SECRETARIAT, null, null);
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, null);

    @Test
    void theOffersDonorTheSecretariatAndTheAdminReadTheExclusionList() {
        for (Caller caller : new Caller[] {GERMANY, SECRETARIAT, ADMIN}) {
            OfferView view = OfferFieldPolicy.viewFor(caller, offer(), 50_000);
            assertThat(view).as(caller.username()).isEqualTo(OfferView.of(offer(), 50_000));
            assertThat(view.excludedStates()).containsExactly("ERI", "PRK");
            assertThat(view.createdBy()).isEqualTo("german.desk");
        }
    }

    @Test
    void aRecipientAndAnotherDonorReadTheTermsButNotTheExclusionListNorAccountNames() {
        for (Caller caller : new Caller[] {NIGER, JAPAN}) {
            OfferView view = OfferFieldPolicy.viewFor(caller, offer(), 50_000);
            assertThat(view.excludedStates()).as(caller.username()).isNull();
            assertThat(view.createdBy()).isNull();
            assertThat(view.updatedBy()).isNull();
            assertThat(view.areas()).containsExactly("MARKING_RECORD_KEEPING_TRACING", "STOCKPILE_MANAGEMENT");
            assertThat(view.capacityUsd()).isEqualTo(1_500_000);
            assertThat(view.committedUsd()).isEqualTo(50_000);
            assertThat(view.maxPerRequestUsd()).isEqualTo(400_000L);
            assertThat(view.regions()).containsExactly("AFRICA");
            assertThat(view.donor()).isEqualTo("DEU");
        }
    }

    private static AssistanceOffer offer() {
        AssistanceOffer o = Fixtures.offer(Fixtures.GERMANY);
        o.setExcludedStates(Set.of("PRK", "ERI"));
        Fields.set(o, "id", 9L);
        Fields.set(o, "createdBy", "german.desk");
        Fields.set(o, "updatedBy", "german.desk");
        return o;
    }
}
