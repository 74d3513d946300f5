package org.clearinghouse.requests.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearinghouse.testsupport.Payloads.request;
import static org.clearinghouse.testsupport.Payloads.with;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.junit.jupiter.api.Test;

/** The requests API over HTTP against the running server. */
class RequestsApiIT {

    private final ApiClient niger = ApiClient.as("recipient.NER");
    private final ApiClient secretariat = ApiClient.as("secretariat");

    @Test
    void createsReadsAndEditsARequestWithItsVersion() {
        ApiResponse created = niger.post("/api/v1/requests", request("NER"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        long id = body.path("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/requests/" + id);
        assertThat(body.path("status").asText()).isEqualTo("DRAFT");
        assertThat(body.path("state").asText()).isEqualTo("NER");
        assertThat(body.path("region").asText()).isEqualTo("AFRICA");
        assertThat(body.path("amountUsd").asLong()).isEqualTo(120_000);
        assertThat(body.path("createdBy").asText()).isEqualTo("recipient.NER");

        ApiResponse edited = niger.put(
                "/api/v1/requests/" + id,
                with(
                        request("NER"),
                        "amountUsd",
                        150_000,
                        "version",
                        body.path("version").asLong()));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().path("amountUsd").asLong()).isEqualTo(150_000);
        assertThat(edited.json().path("version").asLong())
                .isGreaterThan(body.path("version").asLong());

        ApiResponse read = niger.get("/api/v1/requests/" + id);
        assertThat(read.json().path("amountUsd").asLong()).isEqualTo(150_000);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        JsonNode created = niger.post("/api/v1/requests", request("NER")).json();
        long id = created.path("id").asLong();
        long version = created.path("version").asLong();
        assertThat(niger.put("/api/v1/requests/" + id, with(request("NER"), "priority", 1, "version", version))
                        .status())
                .isEqualTo(200);

        ApiResponse stale =
                niger.put("/api/v1/requests/" + id, with(request("NER"), "priority", 5, "version", version));

        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(niger.get("/api/v1/requests/" + id).json().path("priority").asInt())
                .isEqualTo(1);
    }

    @Test
    void listsEveryFieldErrorAtOnce() {
        ApiResponse response = niger.post(
                "/api/v1/requests",
                with(
                        request("NER"),
                        "title",
                        "",
                        "area",
                        "ROCKETS",
                        "type",
                        null,
                        "amountUsd",
                        -5,
                        "priority",
                        9,
                        "start",
                        "2027-13",
                        "end",
                        "2026-01"));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).contains("title", "area", "type", "amountUsd", "priority", "start");
        assertThat(response.body()).contains("ROCKETS");
    }

    @Test
    void startAfterEndIsNamed() {
        ApiResponse response =
                niger.post("/api/v1/requests", with(request("NER"), "start", "2028-01", "end", "2027-01"));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("end");
    }

    @Test
    void malformedJsonIsABadRequest() {
        ApiResponse response = niger.postRaw("/api/v1/requests", "application/json", "{\"title\": \"unfinished");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("at org.", "Exception:");
    }

    @Test
    void hostileTextIsStoredAndReturnedVerbatim() {
        String hostile = "<script>alert('x')</script> ' OR '1'='1 -- \"; DROP TABLE state; ☃ ناشط";
        JsonNode created = niger.post(
                        "/api/v1/requests", with(request("NER"), "title", hostile, "description", hostile))
                .json();

        JsonNode read =
                niger.get("/api/v1/requests/" + created.path("id").asLong()).json();

        assertThat(read.path("title").asText()).isEqualTo(hostile);
        assertThat(read.path("description").asText()).isEqualTo(hostile);
        assertThat(ApiClient.anonymous().get("/api/v1/states").json().size()).isEqualTo(195);
    }

    @Test
    void filtersSortsAndPages() {
        ApiResponse page =
                secretariat.get("/api/v1/requests?region=AFRICA&status=VALIDATED&sort=amountUsd,desc&size=3&page=0");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        JsonNode items = page.json().path("items");
        assertThat(items.size()).isEqualTo(3);
        assertThat(page.json().path("total").asLong()).isGreaterThan(3);
        long previous = Long.MAX_VALUE;
        for (JsonNode item : items) {
            assertThat(item.path("region").asText()).isEqualTo("AFRICA");
            assertThat(item.path("status").asText()).isEqualTo("VALIDATED");
            assertThat(item.path("amountUsd").asLong()).isLessThanOrEqualTo(previous);
            previous = item.path("amountUsd").asLong();
        }
        JsonNode second = secretariat
                .get("/api/v1/requests?region=AFRICA&status=VALIDATED&sort=amountUsd,desc&size=3&page=1")
                .json()
                .path("items");
        assertThat(second.get(0).path("amountUsd").asLong()).isLessThanOrEqualTo(previous);
        assertThat(second.get(0).path("id").asLong()).isNotIn(ids(items));

        JsonNode byArea = secretariat
                .get("/api/v1/requests?area=GENDER&priority=5&type=TRAINING")
                .json();
        byArea.path("items").forEach(i -> {
            assertThat(i.path("area").asText()).isEqualTo("GENDER");
            assertThat(i.path("priority").asInt()).isEqualTo(5);
            assertThat(i.path("type").asText()).isEqualTo("TRAINING");
        });
        assertThat(secretariat.get("/api/v1/requests?state=HTI&size=200").json().path("items"))
                .allSatisfy(i -> assertThat(i.path("state").asText()).isEqualTo("HTI"));
    }

    @Test
    void badListParametersAreNamed() {
        ApiResponse response = secretariat.get("/api/v1/requests?area=NOPE&sort=password,up&size=1000");

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.body()).contains("area", "sort", "size");
    }

    @Test
    void followsTheValidationWorkflow() {
        JsonNode created = niger.post("/api/v1/requests", request("NER")).json();
        long id = created.path("id").asLong();

        assertThat(secretariat
                        .post("/api/v1/requests/" + id + "/validate", Map.of())
                        .status())
                .isEqualTo(409);
        JsonNode submitted =
                niger.post("/api/v1/requests/" + id + "/submit", Map.of()).json();
        assertThat(submitted.path("status").asText()).isEqualTo("SUBMITTED");
        ApiResponse returned =
                secretariat.post("/api/v1/requests/" + id + "/return", Map.of("comment", "Add the costing annex."));
        assertThat(returned.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(returned.json().path("validationComment").asText()).isEqualTo("Add the costing annex.");
        niger.post("/api/v1/requests/" + id + "/submit", Map.of());
        assertThat(secretariat
                        .post("/api/v1/requests/" + id + "/validate", Map.of())
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("VALIDATED");
        assertThat(ApiClient.as("donor.DEU").get("/api/v1/requests/" + id).status())
                .isEqualTo(200);
        assertThat(niger.post("/api/v1/requests/" + id + "/withdraw", Map.of())
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("WITHDRAWN");
        assertThat(ApiClient.as("donor.DEU").get("/api/v1/requests/" + id).status())
                .isEqualTo(404);
        assertThat(niger.put("/api/v1/requests/" + id, with(request("NER"), "version", 99))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void anUnknownRequestIsNotFound() {
        ApiResponse response = secretariat.get("/api/v1/requests/987654321");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }
}
