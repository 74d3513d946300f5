package org.clearinghouse.testsupport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A black-box HTTP client for the running server: JSON in, {@link ApiResponse} out, optional HTTP Basic. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final String authorization;
    private final Duration timeout;

    private ApiClient(String baseUrl, String authorization) {
        this(baseUrl, authorization, Duration.ofSeconds(60));
    }

    private ApiClient(String baseUrl, String authorization, Duration timeout) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.timeout = timeout;
    }

    /** The same client, waiting up to {@code timeout} for an answer instead of a minute (the largest imports). */
    public ApiClient patient(Duration timeout) {
        return new ApiClient(baseUrl, authorization, timeout);
    }

    /** The server under test: {@code it.baseUrl}, else {@code http://localhost:8080}. */
    public static String baseUrl() {
        return System.getProperty("it.baseUrl", "http://localhost:8080");
    }

    /** An anonymous client of another base URL (e.g. the management interface). */
    public static ApiClient at(String baseUrl) {
        return new ApiClient(baseUrl, null);
    }

    /** Signed in with HTTP Basic at another base URL (e.g. one node of a cluster). */
    public static ApiClient at(String baseUrl, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(baseUrl, "Basic " + token);
    }

    /** The same caller at another server (e.g. a second server that a fault test starts). */
    public ApiClient on(String otherBaseUrl) {
        return new ApiClient(otherBaseUrl, authorization);
    }

    public static ApiClient anonymous() {
        return new ApiClient(baseUrl(), null);
    }

    /** Signed in as a demo account (password {@code demo}). */
    public static ApiClient as(String username) {
        return as(username, "demo");
    }

    public static ApiClient as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(baseUrl(), "Basic " + token);
    }

    /** Signed in with a personal API token ({@code Authorization: Bearer ...}). */
    public static ApiClient bearer(String token) {
        return new ApiClient(baseUrl(), "Bearer " + token);
    }

    public ApiResponse get(String path) {
        return send(json(request(path)).GET());
    }

    public ApiResponse delete(String path) {
        return send(json(request(path)).DELETE());
    }

    public ApiResponse post(String path, Object body) {
        return send(
                json(request(path)).header("Content-Type", "application/json").POST(bodyOf(body)));
    }

    public ApiResponse put(String path, Object body) {
        return send(
                json(request(path)).header("Content-Type", "application/json").PUT(bodyOf(body)));
    }

    /** Sends a raw body with the given content type, for malformed-input tests. */
    public ApiResponse postRaw(String path, String contentType, String body) {
        return send(json(request(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private static HttpRequest.Builder json(HttpRequest.Builder builder) {
        return builder.header("Accept", "application/json, application/problem+json");
    }

    /** A GET that accepts the given media type (XML exports, spreadsheets), the body as text. */
    public ApiResponse getAccepting(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    /** A GET whose body is kept as bytes (spreadsheets). */
    public HttpResponse<byte[]> getBytes(String path, String accept) {
        try {
            return HTTP.send(
                    request(path).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a binary body (a spreadsheet) with the given content type. */
    public ApiResponse postBytes(String path, String contentType, byte[] body) {
        return send(json(request(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher bodyOf(Object body) {
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiResponse send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response =
                    HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new ApiResponse(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers(),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Parses JSON text, failing the test with the text when it is not JSON. */
    public static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + text, e);
        }
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** A value (a record, a JSON tree) as the map of its JSON fields, to change one field and send it back. */
    public static Map<String, Object> asMap(Object value) {
        return json().convertValue(value, new TypeReference<Map<String, Object>>() {});
    }
}
