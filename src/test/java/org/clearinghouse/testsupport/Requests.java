package org.clearinghouse.testsupport;

import java.util.Map;

/** Requests written over the API for integration tests. */
public final class Requests {

    private Requests() {}

    /**
     * Creates the request {@code body} as {@code owner} and submits it for validation; returns the answer to the
     * submit (the request as submitted, with its headers).
     */
    public static ApiResponse createdAndSubmitted(ApiClient owner, Map<String, Object> body) {
        ApiResponse created = owner.post("/api/v1/requests", body);
        if (created.status() != 201) {
            throw new AssertionError("cannot create the request: " + created);
        }
        long id = created.json().path("id").asLong();
        ApiResponse submitted = owner.post("/api/v1/requests/" + id + "/submit", Map.of());
        if (submitted.status() != 200) {
            throw new AssertionError("cannot submit the request " + id + ": " + submitted);
        }
        return submitted;
    }
}
