package org.clearinghouse.backup;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.clearinghouse.testsupport.ApiClient;
import org.clearinghouse.testsupport.ApiResponse;
import org.clearinghouse.testsupport.Payloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore drill of docs/operations.md, on the database of this round: back up while the server runs, change data
 * through the API, restore the backup beside the live database, and find every row as it was at the backup.
 */
class BackupRestoreIT {

    /** What a client of the download asks for; refusals still answer problem+json. */
    private static final String ZIP = "application/zip";

    private final ApiClient recipient = ApiClient.as("recipient.NER");
    private final ApiClient admin = ApiClient.as("admin");

    @TempDir
    Path work;

    @Test
    void aBackupTakenWhileTheServerRunsRestoresEveryRowAsItWas() throws Exception {
        long marked = createRequest("Backup drill before " + UUID.randomUUID());
        if (mysql()) {
            drillWithMariaDbDump(marked);
        } else {
            drillWithH2Backup(marked);
        }
    }

    @Test
    void onlyAdministratorsDownloadABackup() {
        assertThat(ApiClient.anonymous().getAccepting("/api/v1/backup", ZIP).status())
                .isEqualTo(401);
        ApiResponse secretariat = ApiClient.as("secretariat").getAccepting("/api/v1/backup", ZIP);
        assertThat(secretariat.status()).as(secretariat.toString()).isEqualTo(403);
        assertThat(secretariat.header("Content-Type")).contains("application/problem+json");
    }

    private void drillWithMariaDbDump(long marked) throws Exception {
        String live = System.getProperty("it.db.name");
        String restored = live + "_restore";
        Map<String, String> before = checksums(live);

        ApiResponse refused = admin.getAccepting("/api/v1/backup", ZIP);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("mariadb-dump");

        Path dump = work.resolve("backup.sql");
        run(
                dump,
                null,
                dumpTool(),
                "--single-transaction",
                "--routines",
                "--default-character-set=utf8mb4",
                "--host=" + host(),
                "--port=" + port(),
                "--user=" + user(),
                "--password=" + password(),
                live);
        assertThat(Files.size(dump)).isGreaterThan(10_000);

        changeAfterTheBackup(marked);
        assertThat(checksums(live)).as("the change reached the live database").isNotEqualTo(before);

        try (Connection server = connect("");
                Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + restored);
            statement.execute("CREATE DATABASE " + restored + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try {
            run(
                    null,
                    dump,
                    clientTool(),
                    "--host=" + host(),
                    "--port=" + port(),
                    "--user=" + user(),
                    "--password=" + password(),
                    restored);
            assertThat(checksums(restored)).isEqualTo(before);
            try (Connection copy = connect(restored)) {
                assertThat(titleOf(copy, marked)).startsWith("Backup drill before ");
            }
        } finally {
            try (Connection server = connect("");
                    Statement statement = server.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + restored);
            }
        }
    }

    private void drillWithH2Backup(long marked) throws Exception {
        Map<Long, String> before = requestsSeenBySecretariat();
        assertThat(before).containsKey(marked);

        HttpResponse<byte[]> download = admin.getBytes("/api/v1/backup", ZIP);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .matches("attachment; filename=\"clearinghouse-\\d{8}T\\d{6}Z\\.zip\"");
        Path zip = work.resolve("backup.zip");
        Files.write(zip, download.body());

        long added = changeAfterTheBackup(marked);

        Path restored = work.resolve("restored");
        org.h2.tools.Restore.execute(zip.toString(), restored.toString(), "clearinghouse");
        try (Connection copy = DriverManager.getConnection(
                "jdbc:h2:" + restored.resolve("clearinghouse") + ";MODE=LEGACY", "sa", "sa")) {
            Map<Long, String> restoredRows = new TreeMap<>();
            for (Long id : before.keySet()) {
                restoredRows.put(id, rowOf(copy, id));
            }
            assertThat(restoredRows).isEqualTo(before);
            assertThat(titleOf(copy, marked)).startsWith("Backup drill before ");
            assertThat(count(copy, "SELECT COUNT(*) FROM assistance_request WHERE id = " + added))
                    .isZero();
            assertThat(count(copy, "SELECT COUNT(*) FROM \"flyway_schema_history\""))
                    .isPositive();
        }
        ApiResponse audit = admin.get("/api/v1/audit?type=BACKUP_DOWNLOADED");
        assertThat(audit.json().path("items").toString()).contains("admin");
    }

    /** Edits the marked request and adds another; returns the new one's id. */
    private long changeAfterTheBackup(long marked) {
        ApiResponse current = recipient.get("/api/v1/requests/" + marked);
        Map<String, Object> edit = Payloads.with(
                Payloads.request("NER"),
                "title",
                "Backup drill after",
                "version",
                current.json().path("version").asLong());
        ApiResponse edited = recipient.put("/api/v1/requests/" + marked, edit);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        return createRequest("Backup drill added later " + UUID.randomUUID());
    }

    private long createRequest(String title) {
        ApiResponse created =
                recipient.post("/api/v1/requests", Payloads.with(Payloads.request("NER"), "title", title));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        ApiResponse submitted = recipient.post("/api/v1/requests/" + id + "/submit", Map.of());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        return id;
    }

    /** Every request the secretariat lists, as "title|amount|version", by id. */
    private static Map<Long, String> requestsSeenBySecretariat() {
        ApiClient secretariat = ApiClient.as("secretariat");
        Map<Long, String> rows = new TreeMap<>();
        for (int page = 0; ; page++) {
            ApiResponse list = secretariat.get("/api/v1/requests?size=100&page=" + page);
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            list.json()
                    .path("items")
                    .forEach(item -> rows.put(
                            item.path("id").asLong(),
                            item.path("title").asText() + "|"
                                    + item.path("amountUsd").asLong() + "|"
                                    + item.path("version").asLong()));
            if (list.json().path("items").size() < 100) {
                return rows;
            }
        }
    }

    private static String rowOf(Connection db, long id) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT title, amount_usd, version FROM assistance_request WHERE id = " + id)) {
            return row.next() ? row.getString(1) + "|" + row.getLong(2) + "|" + row.getLong(3) : null;
        }
    }

    private static String titleOf(Connection db, long id) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SELECT title FROM assistance_request WHERE id = " + id)) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** CHECKSUM TABLE of every table of {@code database}: equal checksums, equal rows. */
    private static Map<String, String> checksums(String database) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection db = connect(database);
                Statement statement = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SHOW FULL TABLES WHERE Table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet sum = statement.executeQuery("CHECKSUM TABLE `" + table + "` EXTENDED")) {
                    sum.next();
                    sums.put(table, sum.getString(2));
                }
            }
        }
        assertThat(sums).containsKey("assistance_request");
        return sums;
    }

    private static void run(Path output, Path input, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(
                        output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()));
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command[0] + " took more than 5 minutes");
        }
        String errors = new String(process.getErrorStream().readAllBytes());
        assertThat(process.exitValue()).as(command[0] + ": " + errors).isZero();
    }

    private static String dumpTool() {
        return onPath("mariadb-dump", "mysqldump");
    }

    private static String clientTool() {
        return onPath("mariadb", "mysql");
    }

    private static String onPath(String... names) {
        for (String name : names) {
            for (String dir : System.getenv("PATH").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        throw new AssertionError("none of " + String.join(", ", names) + " on the PATH");
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mysql://" + host() + ":" + port() + "/" + database, user(), password());
    }

    private static boolean mysql() {
        return "mysql".equals(System.getProperty("it.database"));
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
