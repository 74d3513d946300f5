package org.clearinghouse.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;

/** The admin manages accounts; a new account signs in with its password, a disabled one cannot. */
class AccountsApiIT {

    private final ApiClient admin = ApiClient.as("admin");

    @Test
    void theAdminCreatesAnAccountThatCanSignInUntilDisabled() {
        String username = "recipient.TCD." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Map.of(
                "username",
                username,
                "password",
                "a long passphrase",
                "role",
                "RECIPIENT",
                "boundTo",
                "TCD",
                "fullName",
                "Focal point of Chad",
                "preferredLocale",
                "fr"));

        ApiResponse created = admin.post("/api/v1/accounts", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("passphrase", "PBKDF2");
        ApiClient newcomer = ApiClient.as(username, "a long passphrase");
        assertThat(newcomer.post("/api/v1/requests", org.clearinghouse.testsupport.Payloads.request("TCD"))
                        .status())
                .isEqualTo(201);
        assertThat(newcomer.post("/api/v1/requests", org.clearinghouse.testsupport.Payloads.request("NER"))
                        .status())
                .isEqualTo(403);

        JsonNode account = created.json();
        ApiResponse disabled = admin.put(
                "/api/v1/accounts/" + account.path("id").asLong(),
                Map.of(
                        "role",
                        "RECIPIENT",
                        "boundTo",
                        "TCD",
                        "enabled",
                        false,
                        "version",
                        account.path("version").asLong()));
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(newcomer.get("/api/v1/requests").status()).isEqualTo(401);
    }

    @Test
    void badAccountsAreRefusedWithEveryReason() {
        ApiResponse response =
                admin.post("/api/v1/accounts", Map.of("username", "admin", "password", "short", "role", "RECIPIENT"));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.body()).contains("username", "password", "boundTo");
    }

    @Test
    void theLanguageIsOneOfThePortalsKeptAsItsCode() {
        String username = "secretariat.zh." + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse chinese = admin.post(
                "/api/v1/accounts",
                Map.of(
                        "username",
                        username,
                        "password",
                        "a long passphrase",
                        "role",
                        "SECRETARIAT",
                        "preferredLocale",
                        "zh-CN"));
        assertThat(chinese.status()).as(chinese.toString()).isEqualTo(201);
        assertThat(chinese.json().path("preferredLocale").asText()).isEqualTo("zh");

        ApiResponse german = admin.post(
                "/api/v1/accounts",
                Map.of(
                        "username",
                        username + "de",
                        "password",
                        "a long passphrase",
                        "role",
                        "SECRETARIAT",
                        "preferredLocale",
                        "de"));
        assertThat(german.status()).as(german.toString()).isEqualTo(422);
        assertThat(german.body()).contains("preferredLocale", "en, fr, es, ar, ru, zh");
    }

    @Test
    void onlyTheAdminManagesAccounts() {
        assertThat(ApiClient.as("secretariat").get("/api/v1/accounts").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous().get("/api/v1/accounts").status()).isEqualTo(401);
        JsonNode page =
                admin.get("/api/v1/accounts?role=DONOR&sort=username,asc").json();
        assertThat(page.path("items")).isNotEmpty().allSatisfy(a -> {
            assertThat(a.path("role").asText()).isEqualTo("DONOR");
            assertThat(a.has("passwordHash")).isFalse();
        });
    }
}
