package org.clearinghouse.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Needs and offers of the demo accounts, posted by a test that wants proposals between them: whatever the tests
 * that ran before committed of the demo data, the next run then proposes matches between demo accounts.
 */
public final class DemoAccountNeeds {

    /** Recipient States with a demo account (recipient.NER ...). */
    public static final Set<String> RECIPIENTS = Set.of("NER", "MLI", "HTI");
    /** Donors with a demo account (donor.DEU ...). */
    public static final Set<String> DONORS = Set.of("DEU", "JPN", "EU");

    private DemoAccountNeeds() {}

    /**
     * Two validated priority-1 needs per demo recipient and an open offer per demo donor with room for all of them;
     * {@code label} names the test in their titles.
     */
    public static void provide(String label) {
        ApiClient secretariat = ApiClient.as("secretariat");
        List<String> areas = List.of("STOCKPILE_MANAGEMENT", "MARKING_RECORD_KEEPING_TRACING");
        for (String state : RECIPIENTS) {
            ApiClient recipient = ApiClient.as("recipient." + state);
            for (String area : areas) {
                ApiResponse created = recipient.post(
                        "/api/v1/requests",
                        Payloads.with(
                                Payloads.request(state),
                                "title",
                                label + " need of " + state + " for "
                                        + area.toLowerCase(java.util.Locale.ROOT)
                                                .replace('_', ' '),
                                "area",
                                area,
                                "priority",
                                1));
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                long id = created.json().path("id").asLong();
                assertThat(recipient
                                .post("/api/v1/requests/" + id + "/submit", Map.of())
                                .status())
                        .isEqualTo(200);
                assertThat(secretariat
                                .post("/api/v1/requests/" + id + "/validate", Map.of())
                                .status())
                        .isEqualTo(200);
            }
        }
        for (String donor : DONORS) {
            ApiClient client = ApiClient.as("donor." + donor);
            ApiResponse created = client.post(
                    "/api/v1/offers",
                    Payloads.with(
                            Payloads.offer(donor),
                            "title",
                            label + " offer of " + donor,
                            "regions",
                            List.of("AFRICA", "AMERICAS"),
                            "capacityUsd",
                            2_000_000));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            ApiResponse opened =
                    client.post("/api/v1/offers/" + created.json().path("id").asLong() + "/open", Map.of());
            assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        }
    }
}
