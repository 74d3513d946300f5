package org.clearinghouse.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;

/**
 * Child JVM main: runs one solver under test on one problem file and writes a {@link Result} as JSON. Forked by
 * {@link RunBenchmark} per problem so each run has a fresh heap (its peak is the solver's) and -Xmx of its own.
 * Args: problemFile limitMillis resultFile solverClass.
 */
public final class SolverRunner {

    /** What the parent reads back. Times in ms; null = not reported. */
    public record Result(
            String solver,
            List<MatchDocument> matches,
            Long firstFeasibleMillis,
            long solveMillis,
            long loadMillis,
            long peakHeapSampledBytes,
            long peakHeapPoolsBytes,
            Long peakHeapAfterGcBytes,
            long heapAfterLoadBytes,
            int gcCount,
            Long scoreCalculationSpeed,
            int progressEvents,
            Long lastMedium,
            String error) {}

    private static volatile boolean counting;
    private static final java.util.Set<String> HEAP_POOLS = new java.util.HashSet<>();

    static {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                HEAP_POOLS.add(pool.getName());
            }
        }
    }

    private SolverRunner() {}

    public static void main(String[] args) throws Exception {
        Path problemFile = Path.of(args[0]);
        Duration limit = Duration.ofMillis(Long.parseLong(args[1]));
        Path resultFile = Path.of(args[2]);
        String solverClass = args[3];

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Runtime rt = Runtime.getRuntime();
        AtomicLong peak = new AtomicLong();
        AtomicLong peakAfterGc = new AtomicLong(-1);
        AtomicLong gcs = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(
                        (n, h) -> {
                            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                    n.getType())) {
                                return;
                            }
                            GarbageCollectionNotificationInfo info =
                                    GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                            long after = 0;
                            for (Map.Entry<String, MemoryUsage> e :
                                    info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                                if (HEAP_POOLS.contains(e.getKey())) {
                                    after += e.getValue().getUsed();
                                }
                            }
                            if (counting) {
                                gcs.incrementAndGet();
                                peakAfterGc.accumulateAndGet(after, Math::max);
                            }
                        },
                        null,
                        null);
            }
        }
        Thread sampler = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        if (counting) { // only during solve(): loading and the System.gc() before it are not the
                            // solver's
                            peak.accumulateAndGet(
                                    Math.max(memory.getHeapMemoryUsage().getUsed(), rt.totalMemory() - rt.freeMemory()),
                                    Math::max);
                        }
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        long t0 = System.nanoTime();
        ProblemDocument problem = BenchJson.readProblem(problemFile);
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        System.gc(); // same start for every solver; the live heap now is the problem's
        Thread.sleep(100);
        long heapAfterLoad = rt.totalMemory() - rt.freeMemory();
        peak.set(heapAfterLoad);
        counting = true;

        AtomicReference<Long> firstFeasible = new AtomicReference<>();
        AtomicReference<Long> speed = new AtomicReference<>();
        AtomicReference<Long> lastMedium = new AtomicReference<>();
        AtomicLong events = new AtomicLong();
        List<MatchDocument> matches = List.of();
        String error = null;
        String name = solverClass;
        long start = System.nanoTime();
        try {
            SolverUnderTest solver = (SolverUnderTest)
                    Class.forName(solverClass).getDeclaredConstructor().newInstance();
            name = solver.name();
            matches = solver.solve(problem, limit, p -> {
                long ms = (System.nanoTime() - start) / 1_000_000;
                events.incrementAndGet();
                if (p.feasible()) {
                    firstFeasible.compareAndSet(null, ms);
                }
                if (p.scoreCalculationSpeed() != null) {
                    speed.set(p.scoreCalculationSpeed());
                }
                lastMedium.set(p.medium());
            });
        } catch (Throwable e) {
            error = e.toString();
            e.printStackTrace();
        }
        long solveMillis = (System.nanoTime() - start) / 1_000_000;
        peak.accumulateAndGet(
                Math.max(memory.getHeapMemoryUsage().getUsed(), rt.totalMemory() - rt.freeMemory()), Math::max);
        counting = false;
        sampler.interrupt();
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                poolPeaks += pool.getPeakUsage().getUsed();
            }
        }
        BenchJson.write(
                resultFile,
                new Result(
                        name,
                        matches,
                        firstFeasible.get(),
                        solveMillis,
                        loadMillis,
                        peak.get(),
                        poolPeaks,
                        peakAfterGc.get() < 0 ? null : peakAfterGc.get(),
                        heapAfterLoad,
                        (int) gcs.get(),
                        speed.get(),
                        (int) events.get(),
                        lastMedium.get(),
                        error));
    }
}
