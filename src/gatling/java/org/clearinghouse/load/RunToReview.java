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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes sure the secretariat has a finished matching run of at least {@code load.reviewProposals} proposals (3,000 by
 * default, issue 14) to review before the users arrive. When the newest run is smaller, missing or failed, imports a
 * problem of that many requests ({@link ReviewProblem}, {@code POST /matching/problem}), runs matching on it and waits
 * until the run has finished. {@code -Dload.reviewProposals=0} takes any finished run (a 10-second run on the demo data
 * when there is none).
 */
final class RunToReview {

    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern FIRST_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern FIRST_PROPOSAL_COUNT = Pattern.compile("\"proposalCount\"\\s*:\\s*(\\d+)");
    private static final Duration WAIT = Duration.ofMinutes(10);

    private final String baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String authorization = "Basic "
            + Base64.getEncoder()
                    .encodeToString(("secretariat:" + PortalSignIn.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final int proposals;

    RunToReview(String baseUrl, int proposals) {
        this.baseUrl = baseUrl;
        this.proposals = proposals;
    }

    void ensure() {
        String newest = call("GET", "/api/v1/matching/runs?page=0&size=1", null, 200);
        String id = first(FIRST_ID, newest);
        String status = first(FIRST_STATUS, newest);
        if (status != null && !status.equals("FAILED")) {
            newest = waitUntilFinished(id);
            status = first(FIRST_STATUS, newest);
        }
        if (status != null && !status.equals("FAILED") && proposalCount(newest) >= proposals) {
            System.out.println(
                    "load: the secretariat reviews run " + id + " (" + proposalCount(newest) + " proposals)");
            return;
        }
        String timeLimit = "10";
        if (proposals > 0) {
            String problem = ReviewProblem.json(
                    proposals, call("GET", "/api/v1/states", null, 200), call("GET", "/api/v1/areas", null, 200));
            call("POST", "/api/v1/matching/problem", problem, 201);
            System.out.println("load: imported a problem of " + proposals + " requests");
            timeLimit = "60";
        }
        id = first(FIRST_ID, call("POST", "/api/v1/matching/runs", "{\"timeLimitSeconds\":" + timeLimit + "}", 202));
        System.out.println("load: started matching run " + id + " for the secretariat to review");
        String finished = waitUntilFinished(id);
        if (!List.of("COMPLETED", "STOPPED").contains(first(FIRST_STATUS, finished))
                || proposalCount(finished) < proposals) {
            throw new IllegalStateException(
                    "matching run " + id + " gives no review of " + proposals + " proposals: " + finished);
        }
        System.out.println("load: the secretariat reviews run " + id + " (" + proposalCount(finished) + " proposals)");
    }

    private static int proposalCount(String run) {
        String count = first(FIRST_PROPOSAL_COUNT, run);
        return count == null ? 0 : Integer.parseInt(count);
    }

    /** The run's JSON once it no longer runs. */
    private String waitUntilFinished(String id) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            String run = call("GET", "/api/v1/matching/runs/" + id, null, 200);
            if (!"RUNNING".equals(first(FIRST_STATUS, run))) {
                return run;
            }
            sleep();
        }
        throw new IllegalStateException("matching run " + id + " still running after " + WAIT);
    }

    private String call(String method, String path, String json, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(300))
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
