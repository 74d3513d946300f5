package org.clearinghouse.fellowship;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.PageSession;
import org.junit.jupiter.api.Test;

/** The secretariat's page of fellowship calls lists a published call with its funded seats, in words; others may not open it. */
class FellowshipPagesIT {

    @Test
    void theSecretariatSeesTheCallsOnItsPage() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String title = "Page check " + System.nanoTime();
        ApiResponse published = ApiClient.as("secretariat")
                .post(
                        "/api/v1/fellowship/calls",
                        Map.of(
                                "title",
                                title,
                                "regions",
                                List.of("AFRICA"),
                                "hostState",
                                "SEN",
                                "start",
                                today.plusDays(60).toString(),
                                "end",
                                today.plusDays(70).toString(),
                                "seats",
                                5,
                                "seatCostUsd",
                                8000,
                                "nominationDeadline",
                                today.plusDays(20).toString()));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        long id = published.json().path("id").asLong();
        assertThat(ApiClient.as("donor.DEU")
                        .post("/api/v1/fellowship/calls/" + id + "/funding", Map.of("seats", 2))
                        .status())
                .isEqualTo(201);

        PageSession secretariat = new PageSession();
        secretariat.signIn("secretariat", "demo");
        HttpResponse<String> page = secretariat.get("/secretariat/fellowship.xhtml?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Fellowship programme", "nav-fellowship-s", title, "fellowship-call-" + id)
                .contains("Open to nominations")
                .doesNotContain("fellowship.status.", "???");

        PageSession french = new PageSession();
        french.signIn("secretariat", "demo");
        assertThat(french.get("/secretariat/fellowship.xhtml?lang=fr").body())
                .contains("Programme de bourses", "Ouvert aux candidatures");
        // choosing a language is remembered for the account: give the secretariat its English back
        assertThat(french.get("/secretariat/fellowship.xhtml?lang=en").body()).contains("Fellowship programme");

        PageSession recipient = new PageSession();
        recipient.signIn("recipient.NER", "demo");
        HttpResponse<String> refused = recipient.get("/secretariat/fellowship.xhtml");
        assertThat(refused.statusCode())
                .as("a recipient may not open the secretariat's page")
                .isNotEqualTo(200);
        assertThat(refused.body()).doesNotContain(title);
    }
}
