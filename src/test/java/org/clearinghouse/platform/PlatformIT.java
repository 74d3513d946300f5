package org.clearinghouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;

/** The provisioned server runs the application on the database this round of integration tests asked for. */
class PlatformIT {

    @Test
    void runsOnTheDatabaseOfThisRound() {
        ApiResponse info = ApiClient.anonymous().get("/api/v1/info");

        assertThat(info.status()).as(info.toString()).isEqualTo(200);
        String database = info.json().path("database").asText();
        if ("mysql".equals(System.getProperty("it.database"))) {
            assertThat(database).containsAnyOf("MySQL", "MariaDB");
        } else {
            assertThat(database).startsWith("H2");
        }
    }

    /** MicroProfile Health is served by the management interface (port 9990), as WildFly does. */
    @Test
    void reportsReadinessAndLiveness() {
        ApiClient management = ApiClient.at(System.getProperty("it.managementUrl", "http://localhost:9990"));
        ApiResponse ready = management.get("/health/ready");
        ApiResponse live = management.get("/health/live");

        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("UP");
        assertThat(ready.body()).contains("database");
        assertThat(live.status()).as(live.toString()).isEqualTo(200);
    }

    @Test
    void servesTheOpenApiDocument() {
        ApiResponse openapi = ApiClient.anonymous().get("/openapi?format=JSON");

        assertThat(openapi.status()).as(openapi.toString()).isEqualTo(200);
        assertThat(openapi.json().path("paths").has("/api/v1/info")).isTrue();
    }
}
