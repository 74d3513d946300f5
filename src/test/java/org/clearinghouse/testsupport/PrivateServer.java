package org.clearinghouse.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second WildFly for the fault tests, run from the files of the server this build provisioned but with a folder
 * of its own ({@code jboss.server.base.dir}: configuration and deployment copied, its own data, log and tmp), its own
 * port offset and its own environment, so that killing it never touches the server the other tests use.
 */
public final class PrivateServer {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Marker files of the deployment scanner: the copy deploys its WAR afresh. */
    private static final List<String> MARKERS =
            List.of(".deployed", ".failed", ".isdeploying", ".pending", ".undeployed", ".dodeploy");

    private final Path home;
    private final Path base;
    private final int offset;
    private final Map<String, String> environment;
    private Process launcher;

    private PrivateServer(Path home, Path base, int offset, Map<String, String> environment) {
        this.home = home;
        this.base = base;
        this.offset = offset;
        this.environment = environment;
    }

    /** Copies the provisioned server's {@code standalone} folder into {@code base} (without data, log, tmp). */
    public static PrivateServer prepare(Path home, Path base, int offset, Map<String, String> environment)
            throws IOException {
        Path standalone = home.resolve("standalone");
        copy(standalone.resolve("configuration"), base.resolve("configuration"));
        copy(standalone.resolve("deployments"), base.resolve("deployments"));
        return new PrivateServer(home, base, offset, environment);
    }

    public String baseUrl() {
        return "http://localhost:" + (8080 + offset);
    }

    public String managementUrl() {
        return "http://localhost:" + (9990 + offset);
    }

    /** Starts the server and waits until the application answers and readiness is UP. */
    public Duration start(Duration timeout) throws IOException, InterruptedException {
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/standalone.sh").toString(),
                        "-Djboss.server.base.dir=" + base,
                        "-Djboss.socket.binding.port-offset=" + offset)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        base.resolve("console.log").toFile()));
        builder.environment().putAll(environment);
        launcher = builder.start();
        long deadline = started + timeout.toNanos();
        while (!(status(managementUrl() + "/health/ready") == 200 && status(baseUrl() + "/") == 200)) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException(
                        "the server stopped while starting: see " + base.resolve("console.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the server was not ready within " + timeout + ": see " + base.resolve("console.log"));
            }
            Thread.sleep(250);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** SIGKILL to the server's JVM (and the script that started it): no shutdown hook, no cleanup. */
    public void kill() throws InterruptedException {
        if (launcher == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(launcher.descendants(), Stream.of(launcher.toHandle()))
                .toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : tree) {
            process.onExit()
                    .orTimeout(30, TimeUnit.SECONDS)
                    .exceptionally(t -> process)
                    .join();
        }
        launcher = null;
    }

    /** Stops it (a kill: nothing of it is kept). */
    public void close() throws InterruptedException {
        kill();
    }

    /** The HTTP status of a GET, 0 when nothing answers. */
    public static int status(String url) {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode();
        } catch (IOException noAnswer) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                String name = file.getFileName().toString();
                if (Files.isDirectory(file)) {
                    if (!name.endsWith("_history")) {
                        Files.createDirectories(target);
                    }
                } else if (MARKERS.stream().noneMatch(name::endsWith) && Files.isDirectory(target.getParent())) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
