package org.clearinghouse.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** A response of the server under test. */
public record ApiResponse(int status, String contentType, HttpHeaders headers, String body) {

    public JsonNode json() {
        return ApiClient.parse(body);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
        return status + " " + contentType + " " + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body);
    }
}
