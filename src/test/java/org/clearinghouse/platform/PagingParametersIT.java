package org.clearinghouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paging parameters that cannot be read answer 422 problem+json naming the field, never 404 or 500. */
class PagingParametersIT {

    @ParameterizedTest
    @CsvSource({
        "page=2147483647&size=200, page",
        "page=99999999999999999999, page",
        "page=abc, page",
        "page=-1, page",
        "size=99999999999, size",
        "size=0, size"
    })
    void unreadablePagingIsRefusedOnItsField(String query, String field) {
        ApiResponse response = ApiClient.anonymous().get("/api/v1/public/offers?" + query);

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo(field);
    }
}
