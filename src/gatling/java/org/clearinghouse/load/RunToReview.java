package org.clearinghouse.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes sure the secretariat has a finished matching run to review before the users arrive: when the newest run is
 * missing or failed, starts one (the demo data gives it requests and offers) and waits until it has finished.
 */
final class RunToReview {

    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern FIRST_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Duration WAIT = Duration.ofMinutes(5);

    private final String baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization = "Basic "
            + Base64.getEncoder()
                    .encodeToString(("secretariat:" + PortalSignIn.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

    RunToReview(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void ensure() {
        String newest = call("GET", "/api/v1/matching/runs?page=0&size=1", null, 200);
        String status = first(FIRST_STATUS, newest);
        if (status != null && !status.equals("FAILED")) {
            waitUntilFinished(first(FIRST_ID, newest));
            System.out.println("load: the secretariat reviews run " + first(FIRST_ID, newest));
            return;
        }
        String started = call("POST", "/api/v1/matching/runs", "{\"timeLimitSeconds\":10}", 202);
        String id = first(FIRST_ID, started);
        System.out.println("load: started matching run " + id + " for the secretariat to review");
        waitUntilFinished(id);
    }

    private void waitUntilFinished(String id) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            String status = first(FIRST_STATUS, call("GET", "/api/v1/matching/runs/" + id, null, 200));
            if (!"RUNNING".equals(status)) {
                return;
            }
            sleep();
        }
        throw new IllegalStateException("matching run " + id + " still running after " + WAIT);
    }

    private String call(String method, String path, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + baseUrl + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String first(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static void sleep() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
