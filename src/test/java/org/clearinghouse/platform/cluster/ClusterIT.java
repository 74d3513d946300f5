package org.clearinghouse.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.PageSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The two-node cluster of wildfly-config/cluster (issue 14 §4), started once for the class by {@code cluster.sh} on
 * its own database ({@code <it.db.name>_cluster} on the test MariaDB) and ports ({@code it.cluster.offset.*}): one
 * node is the primary of WildFly's singleton service and only it runs the reminder job, a matching run started
 * through one node makes a start through the other answer 409 (and a stop through the other stops it), a signed-in
 * session survives the loss of the node that served it (the primary), and the other node is then elected and runs
 * the next slot. Runs in the MariaDB pass only: the nodes must share a database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Path SCRIPT = Path.of("wildfly-config", "cluster", "cluster.sh");
    private static final Pattern JOB_LINE =
            Pattern.compile("Job reminders of (\\S+) (runs on this server|was run by|skipped here)");
    private static final String RAN = "runs on this server";
    private static final Pattern PRIMARY_LINE =
            Pattern.compile("This server \\((\\S+)\\) is (the|no longer the) singleton primary");

    private static final int OFFSET_A = Integer.getInteger("it.cluster.offset.a", 1100);
    private static final int OFFSET_B = Integer.getInteger("it.cluster.offset.b", 1200);
    private static final int OFFSET_BALANCER = Integer.getInteger("it.cluster.offset.balancer", 1300);
    private static final Path DIR = Path.of(System.getProperty("it.cluster.dir", "target/cluster-it"));
    private static final String DATABASE = System.getProperty("it.db.name", "clearinghouse_it") + "_cluster";

    private static boolean started;
    /** The node elected by WildFly's singleton service at start, killed by the session test. */
    private static String firstPrimary;

    @BeforeAll
    static void startCluster() throws Exception {
        Assumptions.assumeTrue(
                "mysql".equals(System.getProperty("it.database")),
                "the cluster's nodes share one MySQL/MariaDB database: ClusterIT runs in the MariaDB pass only");
        try (Connection c = connect("");
                Statement s = c.createStatement()) {
            s.executeUpdate("DROP DATABASE IF EXISTS " + DATABASE);
            s.executeUpdate("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        started = true;
        // the three servers go also when this JVM is ended before @AfterAll (a build interrupted or timed out)
        Runtime.getRuntime().addShutdownHook(new Thread(ClusterIT::stopQuietly));
        long begin = System.nanoTime();
        int exit = cluster(Duration.ofMinutes(20), "start");
        System.out.printf(
                "[cluster] started (node A, node B, balancer) in %d s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin));
        assertThat(exit)
                .as("cluster.sh start; see " + DIR.resolve("cluster.out"))
                .isZero();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (!started) {
            return;
        }
        cluster(Duration.ofMinutes(3), "stop");
        try (Connection c = connect("");
                Statement s = c.createStatement()) {
            s.executeUpdate("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    @Test
    @Order(1)
    void theReminderJobRunsOnlyOnTheSingletonPrimary() throws Exception {
        Optional<String> primaryA = primaryOf("nodeA");
        firstPrimary =
                primaryA.isPresent() ? primaryA.get() : primaryOf("nodeB").orElse(null);
        assertThat(firstPrimary)
                .as("a node that logged being the singleton primary")
                .isIn("nodeA", "nodeB");
        String other = firstPrimary.equals("nodeA") ? "nodeB" : "nodeA";
        assertThat(primaryOf(other)).as("the other node is not the primary").isEmpty();
        System.out.printf("[cluster] singleton primary: %s%n", firstPrimary);

        // both nodes' timers fire every minute (REMINDER_JOB_SCHEDULE=*:*); wait for a slot both have logged
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        Map<String, String> primary = Map.of();
        Map<String, String> notPrimary = Map.of();
        Optional<String> both = Optional.empty();
        while (both.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5_000);
            primary = jobLines(firstPrimary);
            notPrimary = jobLines(other);
            both = primary.keySet().stream().filter(notPrimary::containsKey).findFirst();
        }
        assertThat(both)
                .as("a slot of the reminder job logged by both nodes: %s / %s", primary, notPrimary)
                .isPresent();
        for (String slot :
                primary.keySet().stream().filter(notPrimary::containsKey).toList()) {
            assertThat(primary.get(slot)).as("the primary at " + slot).isEqualTo(RAN);
            assertThat(notPrimary.get(slot)).as("the other node at " + slot).isEqualTo("skipped here");
        }
        assertThat(notPrimary.values()).as("the other node's slots").doesNotContain(RAN);
        try (Connection c = connect(DATABASE);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT DISTINCT node FROM job_claim WHERE job = 'reminders'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).as("the node of every recorded slot").isEqualTo(firstPrimary);
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    @Order(2)
    void aRunStartedThroughOneNodeIsTheOnlyRunOfTheCluster() throws Exception {
        ApiClient nodeA = ApiClient.at(url(OFFSET_A), "secretariat", "demo");
        ApiClient nodeB = ApiClient.at(url(OFFSET_B), "secretariat", "demo");

        ApiResponse first = nodeA.post("/api/v1/matching/runs", Map.of("timeLimitSeconds", 60));
        assertThat(first.status()).as(first.toString()).isEqualTo(202);
        long runId = first.json().path("id").asLong();

        ApiResponse second = nodeB.post("/api/v1/matching/runs", Map.of("timeLimitSeconds", 60));
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.contentType()).contains("application/problem+json");
        assertThat(second.json().path("detail").asText()).contains("run " + runId);

        // a stop through the other node reaches the node solving it (at its next heartbeat)
        ApiResponse stop = nodeB.post("/api/v1/matching/runs/" + runId + "/stop", Map.of());
        assertThat(stop.status()).as(stop.toString()).isEqualTo(200);
        String status = "RUNNING";
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (status.equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            status = nodeB.get("/api/v1/matching/runs/" + runId)
                    .json()
                    .path("status")
                    .asText();
        }
        assertThat(status).isIn("STOPPED", "COMPLETED");

        ApiResponse next = nodeB.post("/api/v1/matching/runs", Map.of("timeLimitSeconds", 2));
        assertThat(next.status()).as(next.toString()).isEqualTo(202);
    }

    @Test
    @Order(3)
    void aSignedInSessionSurvivesTheLossOfItsNode() throws Exception {
        // the balancer sends new sessions to the nodes in turn: sign in until the session is on the singleton
        // primary, so that killing its node also shows the election of the other (next test)
        PageSession browser = null;
        for (int attempt = 0; attempt < 6 && (browser == null || !onPrimary(browser)); attempt++) {
            browser = new PageSession(url(OFFSET_BALANCER));
            HttpResponse<String> signedIn = browser.signIn("secretariat", "demo");
            assertThat(signedIn.statusCode()).as(signedIn.body()).isIn(302, 303);
        }
        assertThat(log("balancer"))
                .as("no request failed in the balancer while both nodes are up (balancer/log/server.log)")
                .noneMatch(line -> line.contains("UT005028"));
        assertThat(onPrimary(browser))
                .as("a session on the primary, " + firstPrimary)
                .isTrue();
        HttpResponse<String> home = browser.get("/secretariat/home.xhtml?lang=fr");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"user-name\"").contains("lang=\"fr\"");
        String servedBy = route(browser.cookie("JSESSIONID"));
        assertThat(servedBy).isIn("nodeA", "nodeB");
        Map<String, String> signOut = PageSession.formOf(home.body(), "signOutForm");
        // WildFly writes a request's session changes (here the page's view state) to the other node when the exchange
        // completes, just after the response is sent: a node killed within that instant loses that one request's
        // changes (the page then answers "expired", see operations.md). A person takes longer than this to click.
        Thread.sleep(2_000);

        assertThat(cluster(Duration.ofMinutes(1), "kill", servedBy.equals("nodeA") ? "a" : "b"))
                .isZero();
        long killed = System.nanoTime();

        HttpResponse<String> after = browser.get("/secretariat/home.xhtml");
        long failOverMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
        System.out.printf("[cluster] first request after killing %s answered in %d ms%n", servedBy, failOverMillis);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        assertThat(after.body())
                .as("still signed in, in the language chosen before")
                .contains("id=\"user-name\"")
                .contains("lang=\"fr\"");
        String nowBy = route(browser.cookie("JSESSIONID"));
        assertThat(nowBy).as("the session's route").isNotEqualTo(servedBy).isIn("nodeA", "nodeB");

        // the page's view state, kept in the session by the dead node, still works: signing out from that page
        signOut.put("signOutForm:signOut", "signOutForm:signOut");
        HttpResponse<String> signedOut = browser.post("/secretariat/home.xhtml", signOut, "Origin", browser.base());
        assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElse("")).contains("signedOut=true");
        assertThat(browser.get("/secretariat/home.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    @Order(4)
    void theOtherNodeIsElectedAndRunsTheNextSlot() throws Exception {
        String survivor = firstPrimary.equals("nodeA") ? "nodeB" : "nodeA";
        long deadline = System.nanoTime() + Duration.ofSeconds(100).toNanos();
        Optional<String> ran = Optional.empty();
        while (ran.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            ran = jobLines(survivor).entrySet().stream()
                    .filter(slot -> slot.getValue().equals(RAN))
                    .map(Map.Entry::getKey)
                    .findFirst();
        }
        assertThat(primaryOf(survivor))
                .as("%s elected after the primary's death", survivor)
                .contains(survivor);
        assertThat(ran).as("a slot of the reminder job run by " + survivor).isPresent();
        try (Connection c = connect(DATABASE);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT node FROM job_claim WHERE job = 'reminders' AND slot = '" + ran.get() + "'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo(survivor);
        }
    }

    private static void stopQuietly() {
        try {
            cluster(Duration.ofMinutes(2), "stop"); // nothing to do when @AfterAll stopped them
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The node name after the dot of a session id (WildFly's route). */
    private static String route(String sessionId) {
        assertThat(sessionId).as("a session cookie").isNotNull();
        return sessionId.substring(sessionId.lastIndexOf('.') + 1);
    }

    private static boolean onPrimary(PageSession browser) {
        return firstPrimary.equals(route(browser.cookie("JSESSIONID")));
    }

    /** The node itself if its log says that it is the singleton primary now (its last election line). */
    private static Optional<String> primaryOf(String node) throws IOException {
        Optional<String> primary = Optional.empty();
        for (String line : log(node)) {
            Matcher m = PRIMARY_LINE.matcher(line);
            if (m.find()) {
                primary = m.group(2).equals("the") ? Optional.of(m.group(1)) : Optional.empty();
            }
        }
        return primary;
    }

    private static List<String> log(String node) throws IOException {
        Path log = DIR.resolve(node).resolve("log").resolve("server.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /** The reminder job's slots a node logged, with what it did (ran it, found it run, or skipped it). */
    private static Map<String, String> jobLines(String node) throws IOException {
        Map<String, String> slots = new HashMap<>();
        for (String line : log(node)) {
            Matcher m = JOB_LINE.matcher(line);
            if (m.find()) {
                slots.put(m.group(1), m.group(2));
            }
        }
        return slots;
    }

    private static int cluster(Duration timeout, String... arguments) throws Exception {
        Files.createDirectories(DIR);
        ProcessBuilder builder = new ProcessBuilder(java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(SCRIPT.toString()), java.util.Arrays.stream(arguments))
                        .toList())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        DIR.resolve("cluster.out").toFile()));
        Map<String, String> env = builder.environment();
        env.put("JBOSS_HOME", System.getProperty("it.server.dir", "target/server"));
        env.put("CLUSTER_DIR", DIR.toAbsolutePath().toString());
        env.put("CLUSTER_OFFSET_A", String.valueOf(OFFSET_A));
        env.put("CLUSTER_OFFSET_B", String.valueOf(OFFSET_B));
        env.put("CLUSTER_OFFSET_BALANCER", String.valueOf(OFFSET_BALANCER));
        env.put("CLUSTER_STARTUP_TIMEOUT", "600");
        env.put("DB_URL", "jdbc:mysql://" + host() + ":" + port() + "/" + DATABASE);
        env.put("DB_USER", user());
        env.put("DB_PASSWORD", password());
        env.put("DEMO_DATA", "true");
        env.put("REMINDER_JOB_SCHEDULE", "*:*");
        env.put("SIGNIN_MAX_FAILURES_PER_ADDRESS", "1000");
        env.remove("MAIL_HOST");
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static String url(int offset) {
        return "http://localhost:" + (8080 + offset);
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mysql://" + host() + ":" + port() + "/" + database, user(), password());
    }

    private static String host() {
        return System.getProperty("it.db.host", "127.0.0.1");
    }

    private static String port() {
        return System.getProperty("it.db.port", "3306");
    }

    private static String user() {
        return System.getProperty("it.db.user", "clearinghouse");
    }

    private static String password() {
        return System.getProperty("it.db.password", "clearinghouse");
    }
}
