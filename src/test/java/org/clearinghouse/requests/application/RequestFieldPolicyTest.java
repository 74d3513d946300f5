package org.clearinghouse.requests.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.Fields;
import org.clearinghouse.shared.Fixtures;
import org.junit.jupiter.api.Test;

class RequestFieldPolicyTest {

    private static final Caller NIGER = new Caller("recipient.NER", Role.RECIPIENT, "NER", null);
    private static final Caller MALI = new Caller("recipient.MLI", Role.RECIPIENT, "MLI", null);
    private static final Caller GERMANY = new Caller("donor.DEU", Role.DONOR, "DEU", "DEU");
    private static final Caller SECRETARIAT = new Caller("secretariat", Role.SECRETARIAT, null, null);
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, null);

    @Test
    void theRequestingStateTheSecretariatAndTheAdminReadEveryField() {
        for (Caller caller : new Caller[] {NIGER, SECRETARIAT, ADMIN}) {
            RequestView view = RequestFieldPolicy.viewFor(caller, request());
            assertThat(view).as(caller.username()).isEqualTo(RequestView.of(request()));
            assertThat(view.validationComment()).isEqualTo("Please cost the training separately.");
            assertThat(view.createdBy()).isEqualTo("nigers.focal.point");
        }
    }

    @Test
    void aDonorReadsWhatItNeedsToActButNotTheStatesExchangeWithTheSecretariatNorAccountNames() {
        RequestView view = RequestFieldPolicy.viewFor(GERMANY, request());

        assertThat(view.validationComment()).isNull();
        assertThat(view.createdBy()).isNull();
        assertThat(view.updatedBy()).isNull();
        assertThat(view.title()).isEqualTo("Marking machines for the national police");
        assertThat(view.description()).isNotBlank();
        assertThat(view.amountUsd()).isEqualTo(240_000);
        assertThat(view.contact()).isEqualTo("focal.point@example.org");
        assertThat(view.nationalTargetReference()).isEqualTo("NAP 2025-2030, target 4.2");
        assertThat(view.state()).isEqualTo("NER");
        assertThat(view.id()).isEqualTo(41);
    }

    @Test
    void anotherStatesRecipientIsNotReadingInFull() {
        assertThat(RequestFieldPolicy.readsInFull(MALI, "NER")).isFalse();
        assertThat(RequestFieldPolicy.readsInFull(NIGER, "NER")).isTrue();
        assertThat(RequestFieldPolicy.readsInFull(Caller.ANONYMOUS, "NER")).isFalse();
        assertThat(RequestFieldPolicy.viewFor(MALI, request()).validationComment())
                .isNull();
    }

    private static AssistanceRequest request() {
        AssistanceRequest r = Fixtures.request(Fixtures.NIGER);
        r.setValidationComment("Please cost the training separately.");
        Fields.set(r, "id", 41L);
        Fields.set(r, "createdBy", "nigers.focal.point");
        Fields.set(r, "updatedBy", "nigers.focal.point");
        return r;
    }
}
