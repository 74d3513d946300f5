package org.clearinghouse.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples the heap of the test server (the JVM whose command line carries this build's port offset) every two seconds
 * with the JDK's {@code jcmd GC.heap_info}: the peak of the used heap, and the largest committed size seen. Stopped
 * by {@link #close()}.
 */
public final class ServerHeap implements AutoCloseable {

    private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private final long pid;
    private final AtomicLong peakUsedKb = new AtomicLong();
    private final AtomicLong peakTotalKb = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private ServerHeap(long pid) {
        this.pid = pid;
        this.sampler = new Thread(this::sample, "server-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling the server of this build, if it can be found on this machine. */
    public static Optional<ServerHeap> watch() {
        String offset = "-Djboss.socket.binding.port-offset=" + System.getProperty("it.port.offset", "0");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains(offset) && c.contains("jboss-modules"))
                        .orElse(false))
                .findFirst()
                .map(p -> new ServerHeap(p.pid()));
    }

    /** The server JVM's maximum heap option, as on its command line (e.g. {@code -Xmx512m}), or "default". */
    public String maxHeapOption() {
        String commandLine =
                ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("");
        Matcher m = Pattern.compile("-Xmx\\S+").matcher(commandLine);
        String last = "default";
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    public long peakUsedMb() {
        return peakUsedKb.get() / 1024;
    }

    public long peakCommittedMb() {
        return peakTotalKb.get() / 1024;
    }

    private void sample() {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        while (running) {
            try {
                Process p = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info")
                        .redirectErrorStream(true)
                        .start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor(20, TimeUnit.SECONDS);
                Matcher m = USED.matcher(out);
                if (m.find()) {
                    peakTotalKb.accumulateAndGet(Long.parseLong(m.group(1)), Math::max);
                    peakUsedKb.accumulateAndGet(Long.parseLong(m.group(2)), Math::max);
                }
                Thread.sleep(2000);
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
