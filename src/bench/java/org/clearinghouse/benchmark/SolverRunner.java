package org.clearinghouse.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;

/**
 * Child JVM main: runs one solver under test on one problem file and writes a {@link Result} as JSON. Forked by
 * {@link RunBenchmark} per problem so each run has a fresh heap (its peak is the solver's) and -Xmx of its own.
 * Args: problemFile limitMillis resultFile solverClass.
 */
public final class SolverRunner {

    /** What the parent reads back. Times in ms; null = not reported. */
    public record Result(String solver, List<MatchDocument> matches, Long firstFeasibleMillis, long solveMillis,
            long loadMillis, long peakHeapSampledBytes, long peakHeapPoolsBytes, Long scoreCalculationSpeed,
            int progressEvents, Long lastMedium, String error) {
    }

    private SolverRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path problemFile = Path.of(args[0]);
        Duration limit = Duration.ofMillis(Long.parseLong(args[1]));
        Path resultFile = Path.of(args[2]);
        String solverClass = args[3];

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        long t0 = System.nanoTime();
        ProblemDocument problem = BenchJson.readProblem(problemFile);
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;

        AtomicReference<Long> firstFeasible = new AtomicReference<>();
        AtomicReference<Long> speed = new AtomicReference<>();
        AtomicReference<Long> lastMedium = new AtomicReference<>();
        AtomicLong events = new AtomicLong();
        List<MatchDocument> matches = List.of();
        String error = null;
        String name = solverClass;
        long start = System.nanoTime();
        try {
            SolverUnderTest solver = (SolverUnderTest) Class.forName(solverClass).getDeclaredConstructor().newInstance();
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
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        sampler.interrupt();
        long poolPeaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                poolPeaks += pool.getPeakUsage().getUsed();
            }
        }
        BenchJson.write(resultFile, new Result(name, matches, firstFeasible.get(), solveMillis, loadMillis, peak.get(),
                poolPeaks, speed.get(), (int) events.get(), lastMedium.get(), error));
    }
}
