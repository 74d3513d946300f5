package org.clearinghouse.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the fault tests' own: its own data folder and a free port on 127.0.0.1, so that killing it
 * never touches the database server the other tests share. Started from the MariaDB binaries on this machine (PATH,
 * then {@code /usr/sbin} and {@code /usr/bin}, where Debian puts them).
 */
public final class PrivateMariaDb {

    public static final String DATABASE = "clearinghouse_faults";
    public static final String USER = "faults";
    public static final String PASSWORD = "faults";

    private final Path home;
    private final Path socketDir;
    private final int port;
    private Process server;

    private PrivateMariaDb(Path home, Path socketDir, int port) {
        this.home = home;
        this.socketDir = socketDir;
        this.port = port;
    }

    /** Whether the MariaDB binaries this class needs are installed. */
    public static boolean available() {
        return binary("mariadbd").isPresent() && binary("mariadb-install-db").isPresent();
    }

    /** Creates a data folder under {@code home}, starts the server on a free port, makes the database and user. */
    public static PrivateMariaDb start(Path home) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Path socketDir = Files.createTempDirectory("chdb"); // a socket path must stay short
        PrivateMariaDb db = new PrivateMariaDb(home, socketDir, freePort());
        db.install();
        db.launch();
        db.run(
                "mariadb",
                List.of(
                        "--no-defaults",
                        "--socket=" + db.socket(),
                        "--user=root",
                        "-e",
                        "CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                                + " CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';"
                                + " CREATE USER '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "';"
                                + " GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';"
                                + " GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'localhost';"));
        return db;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** A connection of the test's own, to look at what the server wrote. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    /** SIGKILL: the server stops at once, as on a power cut of its machine. */
    public void kill() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
        server = null;
    }

    /** Starts the server again on the same data folder and port (InnoDB recovers what it had committed). */
    public void restart() throws IOException, InterruptedException {
        kill();
        launch();
    }

    /** Stops it (a kill: nothing of it is kept). */
    public void close() throws InterruptedException {
        kill();
    }

    private void install() throws IOException, InterruptedException {
        run(
                "mariadb-install-db",
                List.of(
                        "--no-defaults",
                        "--datadir=" + data(),
                        "--user=" + System.getProperty("user.name"),
                        "--auth-root-authentication-method=normal",
                        "--skip-test-db"));
    }

    private void launch() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                binary("mariadbd").orElseThrow().toString(),
                "--no-defaults",
                "--datadir=" + data(),
                "--port=" + port,
                "--socket=" + socket(),
                "--pid-file=" + home.resolve("mariadbd.pid"),
                "--bind-address=127.0.0.1",
                "--user=" + System.getProperty("user.name"),
                "--skip-name-resolve",
                "--innodb-buffer-pool-size=64M",
                "--max-connections=200",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci"));
        server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("mariadbd.log").toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!accepts()) {
            if (!server.isAlive()) {
                throw new IllegalStateException("MariaDB did not start: see " + home.resolve("mariadbd.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("MariaDB did not open port " + port + " within 120 s");
            }
            Thread.sleep(100);
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private void run(String name, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not installed"))
                .toString());
        command.addAll(arguments);
        Path log = home.resolve(name + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " failed: " + Files.readString(log));
        }
    }

    private Path data() {
        return home.resolve("data");
    }

    private Path socket() {
        return socketDir.resolve("sock");
    }

    private static Optional<Path> binary(String name) {
        List<String> dirs =
                new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.add("/usr/sbin");
        dirs.add("/usr/bin");
        return dirs.stream()
                .filter(d -> !d.isBlank())
                .map(d -> Path.of(d, name))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
