package org.clearinghouse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.Http;
import org.clearinghouse.testsupport.Payloads;
import org.clearinghouse.testsupport.PrivateMariaDb;
import org.clearinghouse.testsupport.PrivateServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults (issue 14 §2, issue 12 §5): a database killed and restarted under traffic, and a server killed (SIGKILL)
 * during a matching run, an import and decisions. Both scenarios run on a MariaDB and a WildFly of this test's own
 * ({@link PrivateMariaDb}, {@link PrivateServer}: own data folder, own ports), started once for the class, so the
 * servers the other tests share are never touched. Only in the MySQL pass of the build (the embedded H2 lives inside
 * the server and cannot be killed on its own); the figures are printed as {@code [faults]} lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final Duration STARTUP = Duration.ofSeconds(Long.getLong("it.server.startup-timeout", 600));
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);
    private static final String WRITE_TITLE = "Fault test offer ";
    private static final String IMPORT_ID = "FAULT-IMPORT-";
    private static final int IMPORTED_REQUESTS = 10_000;
    private static final int IMPORTED_OFFERS = 200;

    private PrivateMariaDb db;
    private PrivateServer server;

    @BeforeAll
    void startPrivateDatabaseAndServer() throws Exception {
        runOnlyIf(
                "mysql".equals(System.getProperty("it.database")),
                "they run in the MySQL pass only (the embedded H2 cannot be killed apart from its server)");
        runOnlyIf(PrivateMariaDb.available(), "they need the MariaDB server binaries (mariadbd, mariadb-install-db)");
        String home = System.getProperty("it.server.home");
        runOnlyIf(home != null, "they need it.server.home (the provisioned WildFly)");
        Path dir = Path.of(System.getProperty("it.fault.dir", "target/faults"));
        deleteRecursively(dir);
        // also when the test JVM is stopped before @AfterAll: never leave a server of this test running
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly));
        db = PrivateMariaDb.start(dir.resolve("mariadb"));
        int offset = Integer.getInteger("it.fault.port.offset", 50);
        server = PrivateServer.prepare(
                Path.of(home),
                dir.resolve("server"),
                offset,
                Map.of(
                        "DB_KIND", "mysql",
                        "DB_URL", db.jdbcUrl(),
                        "DB_USER", PrivateMariaDb.USER,
                        "DB_PASSWORD", PrivateMariaDb.PASSWORD,
                        "DEMO_DATA", "true",
                        "HTTP_PORT", "8080",
                        "SIGNIN_MAX_FAILURES_PER_ADDRESS", "1000"));
        Duration took = server.start(STARTUP);
        System.out.println("[faults] private MariaDB on port " + db.port() + ", private server at " + server.baseUrl()
                + ", ready after " + took.toMillis() + " ms");
    }

    /** Skips the class, saying why in the build's output (an assumption alone shows only "Tests run: 0"). */
    private static void runOnlyIf(boolean condition, String reason) {
        if (!condition) {
            System.out.println("[faults] skipped: " + reason);
        }
        assumeTrue(condition, reason);
    }

    @AfterAll
    void stopPrivateDatabaseAndServer() throws Exception {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private void stopQuietly() {
        try {
            stopPrivateDatabaseAndServer();
        } catch (Exception ignored) {
            // the JVM is ending: nothing more can be done
        }
    }

    /**
     * Issue 12 §5 and 14 §2: the database is SIGKILLed for ten seconds under reads and writes. Every answer is a
     * success or a 503 problem with Retry-After (never a 500), pages answer a 503 page, readiness is DOWN; within ten
     * seconds of the database's return the service answers again without a restart; every acknowledged write is
     * there afterwards and no refused write is.
     */
    @Test
    @Order(1)
    void aDatabaseOutageIsAnswered503AndTheServiceResumesWithoutARestart() throws Exception {
        ApiClient writer = ApiClient.as("donor.DEU").on(server.baseUrl());
        ApiClient reader = ApiClient.as("secretariat").on(server.baseUrl());
        ApiClient management = ApiClient.at(server.managementUrl());
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService traffic = Executors.newFixedThreadPool(4);
        List<Future<?>> loops = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            loops.add(traffic.submit(() -> {
                while (!stop.get()) {
                    String title = WRITE_TITLE + sequence.incrementAndGet();
                    answers.add(Answer.of(
                            title,
                            () -> writer.post("/api/v1/offers", Payloads.with(Payloads.offer("DEU"), "title", title))));
                    pause(50);
                }
            }));
            loops.add(traffic.submit(() -> {
                while (!stop.get()) {
                    answers.add(Answer.of(null, () -> reader.get("/api/v1/requests?size=5")));
                    pause(50);
                }
            }));
        }
        try {
            awaitAnswers(answers, a -> a.title != null, 3);
            awaitAnswers(answers, a -> a.title == null, 3);
            assertThat(answers).as("answers before the outage").allMatch(Answer::succeeded);

            long killed = System.nanoTime();
            db.kill();
            awaitAnswers(answers, a -> a.title != null && !a.succeeded(), 1);
            awaitAnswers(answers, a -> a.title == null && !a.succeeded(), 1);
            ApiResponse readiness = management.get("/health/ready");
            HttpResponse<String> page = homePage();
            pause(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - killed) / 1_000_000));

            db.restart();
            long back = System.nanoTime();
            Duration recovery = null;
            while (recovery == null
                    && System.nanoTime() - back < Duration.ofSeconds(60).toNanos()) {
                ApiResponse probe = reader.get("/api/v1/requests?size=1");
                if (probe.status() == 200) {
                    recovery = Duration.ofNanos(System.nanoTime() - back);
                } else {
                    pause(100);
                }
            }
            pause(3000);
            stop.set(true);
            for (Future<?> loop : loops) {
                loop.get(120, TimeUnit.SECONDS);
            }
            ApiResponse readyAgain = management.get("/health/ready");

            List<Answer> all = new ArrayList<>(answers);
            List<Answer> refused = all.stream().filter(a -> !a.succeeded()).toList();
            System.out.println("[faults] database outage of " + OUTAGE.toSeconds() + " s: " + all.size()
                    + " answers, " + refused.size() + " refused (" + count(refused, 503) + " of them 503), "
                    + all.stream().filter(a -> a.title != null && a.succeeded()).count()
                    + " writes acknowledged; service back " + (recovery == null ? "never" : recovery.toMillis() + " ms")
                    + " after the database; readiness " + readiness.status() + " during, " + readyAgain.status()
                    + " after; home page " + page.statusCode() + " (" + page.uri() + ") during");

            Set<String> acknowledged = new HashSet<>();
            Set<String> refusedWrites = new HashSet<>();
            for (Answer a : all) {
                if (a.title != null) {
                    (a.succeeded() ? acknowledged : refusedWrites).add(a.title);
                }
            }
            // an offer is a row with its areas, types and regions: a write half there would lack some of them
            List<String> stored = strings(
                    "SELECT CONCAT(o.title, ' ', (SELECT COUNT(*) FROM offer_area a WHERE a.offer_id = o.id), '/',"
                            + " (SELECT COUNT(*) FROM offer_type t WHERE t.offer_id = o.id), '/',"
                            + " (SELECT COUNT(*) FROM offer_region r WHERE r.offer_id = o.id))"
                            + " FROM assistance_offer o WHERE o.title LIKE ?",
                    WRITE_TITLE + "%");
            Set<String> storedTitles = new HashSet<>();
            for (String row : stored) {
                assertThat(row).as("an offer written by the traffic, whole").endsWith(" 2/2/1");
                storedTitles.add(row.substring(0, row.length() - " 2/2/1".length()));
            }
            Set<String> refusedButStored = new HashSet<>(storedTitles);
            refusedButStored.removeAll(acknowledged);
            System.out.println("[faults] writes: " + acknowledged.size() + " acknowledged, " + refusedWrites.size()
                    + " refused; in the database " + storedTitles.size() + " offers, each whole, "
                    + refusedButStored.size() + " of them not acknowledged");
            assertThat(refused).as("answers refused during the outage").isNotEmpty();
            assertThat(refused)
                    .as("every refusal is 503 problem+json with Retry-After")
                    .allSatisfy(a -> {
                        assertThat(a.response).as(a.toString()).isNotNull();
                        assertThat(a.response.status()).as(a.toString()).isEqualTo(503);
                        assertThat(a.response.contentType()).as(a.toString()).startsWith("application/problem+json");
                        assertThat(a.response.header("Retry-After"))
                                .as(a.toString())
                                .isEqualTo("10");
                    });
            assertThat(readiness.status())
                    .as("readiness during the outage: " + readiness)
                    .isEqualTo(503);
            assertThat(readiness.body()).contains("DOWN");
            assertThat(page.statusCode()).as("home page during the outage").isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.headers().firstValue("Retry-After")).contains("10");
            assertThat(recovery)
                    .as("time from the database's return to the first answer")
                    .isNotNull()
                    .isLessThanOrEqualTo(RECOVERY_LIMIT);
            assertThat(readyAgain.status()).as("readiness after: " + readyAgain).isEqualTo(200);

            assertThat(refusedWrites).as("refused writes").isNotEmpty();
            assertThat(storedTitles).as("acknowledged writes in the database").containsAll(acknowledged);
            assertThat(refusedWrites)
                    .as("stored but not acknowledged writes were refused")
                    .containsAll(refusedButStored);
        } finally {
            stop.set(true);
            traffic.shutdownNow();
        }
    }

    /**
     * Issue 14 §2: the server is SIGKILLed while a matching run solves, while a large import writes its rows and while
     * decisions are being taken. After a restart the run is FAILED with its message and wrote no proposal, the import
     * is all or nothing, and each decision is either fully there (state and history) or absent.
     */
    @Test
    @Order(2)
    void aServerKilledDuringARunAnImportAndDecisionsLeavesEachWholeOrAbsent() throws Exception {
        ApiClient secretariat = ApiClient.as("secretariat").on(server.baseUrl());
        JsonNode first = finished(secretariat, start(secretariat, 3));
        assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("COMPLETED");
        List<JsonNode> proposals = new ArrayList<>();
        secretariat
                .get("/api/v1/matching/runs/" + first.path("id").asLong() + "/proposals?size=200")
                .json()
                .path("items")
                .forEach(p -> {
                    if (p.path("state").asText().equals("PROPOSED")) {
                        proposals.add(p);
                    }
                });
        assertThat(proposals).as("proposals to decide on").hasSizeGreaterThan(8);

        JsonNode run = start(secretariat, 600);
        long runId = run.path("id").asLong();
        ExecutorService workers = Executors.newFixedThreadPool(5);
        try {
            Future<ApiResponse> importing = workers.submit(
                    () -> secretariat.postRaw("/api/v1/matching/problem", "application/json", bigProblem()));
            long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
            while (uncommittedImportedRequests() == 0 && !importing.isDone() && System.nanoTime() < deadline) {
                pause(20);
            }
            Map<Long, String> decided = new ConcurrentHashMap<>();
            ConcurrentLinkedQueue<JsonNode> toDecide = new ConcurrentLinkedQueue<>(proposals);
            for (int i = 0; i < 4; i++) {
                workers.submit(() -> {
                    JsonNode p;
                    while ((p = toDecide.poll()) != null) {
                        long id = p.path("id").asLong();
                        decided.put(id, "sent");
                        try {
                            ApiResponse r = secretariat.post(
                                    "/api/v1/proposals/" + id + "/decisions",
                                    Map.of(
                                            "action",
                                            "ENDORSE",
                                            "version",
                                            p.path("version").asLong()));
                            decided.put(id, String.valueOf(r.status()));
                        } catch (RuntimeException noAnswer) {
                            decided.put(id, "no answer");
                            return;
                        }
                    }
                });
            }
            while (decided.values().stream().filter("200"::equals).count() < 3 && !toDecide.isEmpty()) {
                pause(10);
            }
            int rowsAtKill = uncommittedImportedRequests();
            boolean importAnsweredBeforeKill = importing.isDone();
            String runStatus = secretariat
                    .get("/api/v1/matching/runs/" + runId)
                    .json()
                    .path("status")
                    .asText();
            server.kill();
            System.out.println("[faults] server killed: run " + runId + " " + runStatus + ", import "
                    + (importAnsweredBeforeKill
                            ? "already answered"
                            : "in flight with " + rowsAtKill + " of " + IMPORTED_REQUESTS
                                    + " request rows written, uncommitted")
                    + ", decisions " + tally(decided) + " of " + proposals.size());
            assertThat(runStatus).as("the run was solving at the kill").isEqualTo("RUNNING");
            assertThat(importAnsweredBeforeKill)
                    .as("the import was in flight at the kill")
                    .isFalse();
            assertThat(rowsAtKill)
                    .as("import rows written (uncommitted) at the kill")
                    .isPositive();

            Duration took = server.start(STARTUP);
            System.out.println("[faults] server restarted in " + took.toMillis() + " ms");

            JsonNode after = secretariat.get("/api/v1/matching/runs/" + runId).json();
            assertThat(after.path("status").asText()).as(after.toString()).isEqualTo("FAILED");
            assertThat(after.path("failureMessage").asText()).contains("server stopped");
            assertThat(longs("SELECT COUNT(*) FROM proposal WHERE run_id = ?", runId))
                    .as("proposals of the killed run")
                    .containsExactly(0L);

            long requests = longs(
                            "SELECT COUNT(*) FROM assistance_request WHERE title LIKE ?",
                            "Imported request " + IMPORT_ID + "%")
                    .get(0);
            long offers = longs(
                            "SELECT COUNT(*) FROM assistance_offer WHERE title LIKE ?",
                            "Imported offer " + IMPORT_ID + "%")
                    .get(0);
            System.out.println("[faults] after the restart: " + requests + " imported requests, " + offers
                    + " imported offers (all or nothing: 0/0 or " + IMPORTED_REQUESTS + "/" + IMPORTED_OFFERS + ")");
            assertThat(List.of(requests, offers))
                    .as("the import is all or nothing")
                    .isIn(List.of(0L, 0L), List.of((long) IMPORTED_REQUESTS, (long) IMPORTED_OFFERS));

            for (JsonNode p : proposals) {
                long id = p.path("id").asLong();
                String state =
                        strings("SELECT state FROM proposal WHERE id = ?", id).get(0);
                List<String> history = strings(
                        "SELECT CONCAT(action, ':', from_state, '>', to_state) FROM proposal_decision WHERE proposal_id = ?",
                        id);
                String answer = decided.get(id);
                String what = "proposal " + id + " (answer " + answer + "): " + state + " " + history;
                if (state.equals("ENDORSED")) {
                    assertThat(history).as(what).containsExactly("ENDORSE:PROPOSED>ENDORSED");
                } else {
                    assertThat(state).as(what).isEqualTo("PROPOSED");
                    assertThat(history).as(what).isEmpty();
                }
                if ("200".equals(answer)) {
                    assertThat(state).as("acknowledged: " + what).isEqualTo("ENDORSED");
                }
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** The anonymous home page as a browser gets it (following redirects). */
    private HttpResponse<String> homePage() {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager())
                .build();
        return Http.send(
                browser,
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).header("Accept", "text/html"));
    }

    /** Waits (at most two minutes: the machine may be busy) until {@code count} answers match. */
    private static void awaitAnswers(ConcurrentLinkedQueue<Answer> answers, Predicate<Answer> which, int count) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (answers.stream().filter(which).count() < count) {
            assertThat(System.nanoTime()).as("waiting for answers: " + answers).isLessThan(deadline);
            pause(100);
        }
    }

    private static JsonNode start(ApiClient secretariat, int seconds) {
        ApiResponse started = secretariat.post("/api/v1/matching/runs", Map.of("timeLimitSeconds", seconds));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.json();
    }

    private static JsonNode finished(ApiClient secretariat, JsonNode run) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode current = run;
        while (current.path("status").asText().equals("RUNNING") && System.nanoTime() < deadline) {
            pause(250);
            current = secretariat
                    .get("/api/v1/matching/runs/" + run.path("id").asLong())
                    .json();
        }
        return current;
    }

    /** A problem file large enough that the server is still writing its rows when it is killed. */
    private static String bigProblem() {
        StringBuilder json = new StringBuilder("{\"formatVersion\": 1, \"requests\": [");
        for (int i = 0; i < IMPORTED_REQUESTS; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"")
                    .append(IMPORT_ID)
                    .append(i)
                    .append(
                            "\", \"state\": \"TCD\", \"region\": \"AFRICA\", \"area\": \"GENDER\", \"type\": \"TRAINING\","
                                    + " \"amountUsd\": ")
                    .append(10_000 + i)
                    .append(", \"divisible\": true, \"priority\": ")
                    .append(1 + i % 5)
                    .append(", \"start\": \"2027-02\", \"end\": \"2027-09\"}");
        }
        json.append("], \"offers\": [");
        for (int i = 0; i < IMPORTED_OFFERS; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\": \"")
                    .append(IMPORT_ID)
                    .append("O-")
                    .append(i)
                    .append("\", \"donor\": \"UNDP\", \"areas\": [\"GENDER\"], \"types\": [\"TRAINING\"],"
                            + " \"capacityUsd\": 60000, \"regions\": [], \"excludedStates\": [],"
                            + " \"maxPerRequestUsd\": null, \"start\": \"2027-01\", \"end\": \"2027-12\"}");
        }
        return json.append("], \"commitments\": [], \"rejections\": []}").toString();
    }

    /** Request rows of the import written so far, committed or not (the import runs in one transaction). */
    private int uncommittedImportedRequests() {
        try (Connection c = db.connect()) {
            c.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            try (PreparedStatement s =
                    c.prepareStatement("SELECT COUNT(*) FROM assistance_request WHERE title LIKE ?")) {
                s.setString(1, "Imported request " + IMPORT_ID + "%");
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> strings(String sql, Object parameter) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
        }
        return values;
    }

    private List<Long> longs(String sql, Object parameter) throws SQLException {
        return strings(sql, parameter).stream().map(Long::valueOf).toList();
    }

    private static String tally(Map<Long, String> decided) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        decided.values().forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.toString();
    }

    private static long count(List<Answer> answers, int status) {
        return answers.stream()
                .filter(a -> a.response != null && a.response.status() == status)
                .count();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                List<Path> all = new ArrayList<>(files.toList());
                Collections.reverse(all);
                for (Path p : all) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** One answer of the traffic: the response, or the error when none came; the title of a write. */
    private record Answer(String title, ApiResponse response, String error) {

        static Answer of(String title, java.util.function.Supplier<ApiResponse> call) {
            try {
                return new Answer(title, call.get(), null);
            } catch (RuntimeException e) {
                return new Answer(title, null, e.toString());
            }
        }

        boolean succeeded() {
            return response != null && response.status() >= 200 && response.status() < 300;
        }
    }
}
