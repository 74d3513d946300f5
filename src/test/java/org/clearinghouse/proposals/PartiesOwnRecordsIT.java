package org.clearinghouse.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.DemoAccountNeeds;
import org.clearinghouse.testsupport.MatchingRuns;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §2 over HTTP: while an endorsed proposal awaits the parties, the recipient State may not edit its request
 * and the donor may not edit its offer, for the other party decides on them as they stand (409); the secretariat,
 * which arbitrates, still may.
 */
class PartiesOwnRecordsIT {

    private static final ApiClient SECRETARIAT = ApiClient.as("secretariat");

    @Test
    void whileAProposalAwaitsThePartiesNeitherPartyEditsItsRecord() {
        DemoAccountNeeds.provide("Own records test");
        JsonNode p = MatchingRuns.proposals(MatchingRuns.run(3)).stream()
                .filter(x -> x.path("state").asText().equals("PROPOSED"))
                .filter(x -> DemoAccountNeeds.RECIPIENTS.contains(
                                x.path("recipientState").asText())
                        && DemoAccountNeeds.DONORS.contains(x.path("donor").asText()))
                .filter(x -> SECRETARIAT
                        .get("/api/v1/requests/" + x.path("requestId").asLong())
                        .json()
                        .path("status")
                        .asText()
                        .equals("VALIDATED"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no proposal between demo accounts on a VALIDATED request"));
        ApiResponse endorsed = SECRETARIAT.post(
                "/api/v1/proposals/" + p.path("id").asLong() + "/decisions", Map.of("action", "ENDORSE"));
        assertThat(endorsed.status()).as(endorsed.toString()).isEqualTo(200);
        ApiClient state = ApiClient.as("recipient." + p.path("recipientState").asText());
        ApiClient donor = ApiClient.as("donor." + p.path("donor").asText());
        String requestPath = "/api/v1/requests/" + p.path("requestId").asLong();
        String offerPath = "/api/v1/offers/" + p.path("offerId").asLong();

        Map<String, Object> request =
                ApiClient.asMap(SECRETARIAT.get(requestPath).json());
        String title = String.valueOf(request.get("title"));
        request.put("title", title + " (changed under a proposal)");
        ApiResponse byState = state.put(requestPath, request);
        assertThat(byState.status()).as(byState.toString()).isEqualTo(409);
        assertThat(byState.body()).contains("awaiting the parties");
        Map<String, Object> offer = ApiClient.asMap(SECRETARIAT.get(offerPath).json());
        offer.put("title", offer.get("title") + " (changed under a proposal)");
        ApiResponse byDonor = donor.put(offerPath, offer);
        assertThat(byDonor.status()).as(byDonor.toString()).isEqualTo(409);
        assertThat(SECRETARIAT.get(requestPath).json().path("title").asText()).isEqualTo(title);
        assertThat(SECRETARIAT.get(requestPath).json().path("status").asText()).isEqualTo("VALIDATED");

        request.put("title", title + " (secretariat)");
        ApiResponse bySecretariat = SECRETARIAT.put(requestPath, request);
        assertThat(bySecretariat.status()).as(bySecretariat.toString()).isEqualTo(200);
        request.put("title", title);
        request.put("version", bySecretariat.json().path("version").asLong());
        assertThat(SECRETARIAT.put(requestPath, request).status()).isEqualTo(200);
    }
}
