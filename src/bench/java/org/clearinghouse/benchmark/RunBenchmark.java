package org.clearinghouse.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ProblemDocument;

/**
 * The benchmark: for each size (-Dbench.sizes, default S,M,L) and seed (-Dbench.seeds, default 1) it loads or
 * generates the problem, runs the greedy, the relaxation bound (max-flow, and GLOP LP where -Dbench.lp names the
 * size), the exact CP-SAT optimum where -Dbench.exact names the size, and the solver under test (-Dbench.solver,
 * default the greedy) in a forked JVM with -Xmx (-Dbench.xmx, default 4g) and the size's time limit; checks every
 * proposal with {@link ProposalEvaluator}; prints a table and writes target/benchmark/report.md and report.csv.
 */
public final class RunBenchmark {

    record Row(
            Size size,
            long seed,
            int requests,
            int offers,
            long eligible,
            long usable,
            long greedy,
            boolean greedyFeasible,
            long greedyMillis,
            long roomGreedy,
            boolean roomGreedyFeasible,
            long flowBound,
            long flowMillis,
            Double lpBound,
            String lpStatus,
            Long lpMillis,
            Long exact,
            Double exactBound,
            String exactStatus,
            Long exactMillis,
            Boolean exactFeasible,
            String solverName,
            Long solver,
            Boolean solverFeasible,
            String solverBreaches,
            Integer solverProposals,
            Long firstFeasibleMillis,
            Long scoreSpeed,
            Long peakHeapBytes,
            Long peakLiveBytes,
            Long problemHeapBytes,
            Integer gcCount,
            Long solverMillis,
            Long solverWallMillis,
            String solverError) {

        /** The best reference: the proven optimum, else the relaxation bound. */
        long reference() {
            return exact != null && "OPTIMAL".equals(exactStatus) ? exact : flowBound;
        }
    }

    private RunBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Size> sizes = BenchArgs.sizes("S,M,L");
        List<Long> seeds = BenchArgs.seeds("1");
        List<Size> lpSizes = BenchArgs.sizeList("bench.lp", "S,M,L");
        List<Size> exactSizes = BenchArgs.sizeList("bench.exact", "S,M");
        String solverClass = System.getProperty("bench.solver", GreedySolverUnderTest.class.getName());
        String xmx = System.getProperty("bench.xmx", "4g");
        boolean runSolver = !Boolean.getBoolean("bench.noSolver");
        Path out = Path.of(System.getProperty("bench.dir", "target/benchmark"));
        Files.createDirectories(out.resolve("runs"));
        ProposalEvaluator evaluator = new ProposalEvaluator();

        List<Row> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Size size : sizes) {
            for (long seed : seeds) {
                log("%s-seed%d: loading/generating", size, seed);
                ProblemDocument doc = BenchJson.problem(size, seed);
                Path problemFile = BenchJson.problemPath(size, seed);
                Instance in = new Instance(doc);
                long usable = in.usablePairs();
                log(
                        "  %d x %d, eligible pairs (H1-H5) %,d, not rejected %,d",
                        in.nR, in.nO, in.eligiblePairs(), usable);
                ProposalEvaluator.Evaluation input = evaluator.evaluate(doc, List.of());
                if (!input.feasible()) { // the commitments alone must break no rule
                    notes.add(size + "-seed" + seed + ": INVALID INPUT, commitments break " + input.breachesByRule());
                    log(
                            "  INVALID INPUT: %s",
                            input.breaches()
                                    .subList(0, Math.min(5, input.breaches().size())));
                }

                long t0 = System.nanoTime();
                List<MatchDocument> greedy = GreedyBaseline.solve(in);
                long greedyMs = ms(t0);
                ProposalEvaluator.Evaluation ge = evaluator.evaluate(doc, greedy);
                log(
                        "  greedy %,d (%d proposals, %s) in %d ms",
                        ge.medium(),
                        ge.proposals(),
                        ge.feasible() ? "feasible" : "INFEASIBLE " + ge.breachesByRule(),
                        greedyMs);
                List<MatchDocument> roomGreedy = GreedyBaseline.solve(in, GreedyBaseline.OfferChoice.ROOM_LEFT);
                ProposalEvaluator.Evaluation rge = evaluator.evaluate(doc, roomGreedy);
                log(
                        "  room-first greedy %,d (%d proposals, %s)",
                        rge.medium(),
                        rge.proposals(),
                        rge.feasible() ? "feasible" : "INFEASIBLE " + rge.breachesByRule());

                FlowBound.Result flow = FlowBound.solve(in);
                log("  max-flow relaxation bound %,d in %d ms", flow.value(), flow.millis());

                LpBound.Result lp = null;
                if (lpSizes.contains(size)) {
                    lp = LpBound.solve(in, Double.parseDouble(System.getProperty("bench.lpSeconds", "600")));
                    log("  GLOP LP bound %,.1f (%s) in %d ms", lp.value(), lp.status(), lp.millis());
                }

                ExactMip.Result exact = null;
                ProposalEvaluator.Evaluation ee = null;
                if (exactSizes.contains(size)) {
                    double cap = Double.parseDouble(System.getProperty(
                            "bench.exactSeconds." + size,
                            System.getProperty("bench.exactSeconds", size == Size.S ? "30" : "120")));
                    exact = ExactMip.solve(
                            in,
                            rge.medium() > ge.medium() ? roomGreedy : greedy,
                            cap,
                            Integer.getInteger("bench.exactWorkers", 2));
                    ee = evaluator.evaluate(doc, exact.matches());
                    log(
                            "  CP-SAT %,d bound %,.0f %s (gap %.3f%%) in %d ms, evaluator: %s",
                            exact.value(),
                            exact.bound(),
                            exact.status(),
                            100 * exact.gap(),
                            exact.millis(),
                            ee.feasible() ? "feasible" : "INFEASIBLE " + ee.breachesByRule());
                }

                SolverRunner.Result sr = null;
                ProposalEvaluator.Evaluation se = null;
                Long wall = null;
                if (runSolver) {
                    Path resultFile = out.resolve("runs").resolve(size + "-seed" + seed + "-result.json");
                    Files.deleteIfExists(resultFile);
                    long w0 = System.nanoTime();
                    sr = fork(
                            problemFile,
                            size.solverLimit,
                            resultFile,
                            solverClass,
                            xmx,
                            out.resolve("runs").resolve(size + "-seed" + seed + "-solver.log"));
                    wall = ms(w0);
                    if (sr != null && sr.error() != null) {
                        log("  solver ERROR %s (see %s)", sr.error(), "runs/" + size + "-seed" + seed + "-solver.log");
                    } else if (sr != null) {
                        se = evaluator.evaluate(doc, sr.matches());
                        if (sr.lastMedium() != null && sr.lastMedium() != se.medium()) {
                            notes.add(String.format(
                                    Locale.ROOT,
                                    "%s-seed%d: the solver's last reported medium %,d "
                                            + "differs from the evaluator's %,d",
                                    size,
                                    seed,
                                    sr.lastMedium(),
                                    se.medium()));
                        }
                        if (sr.solveMillis() > size.solverLimit.toMillis() + 1_000) {
                            notes.add(String.format(
                                    Locale.ROOT,
                                    "%s-seed%d: solve took %d ms, over the %d s limit",
                                    size,
                                    seed,
                                    sr.solveMillis(),
                                    size.solverLimit.toSeconds()));
                        }
                        log(
                                "  solver %s: %,d (%d proposals, %s) solve %d ms, wall %d ms, heap peak %d MB, live %s, "
                                        + "problem %d MB, %d GCs",
                                sr.solver(),
                                se.medium(),
                                se.proposals(),
                                se.feasible() ? "feasible" : "INFEASIBLE " + se.breachesByRule(),
                                sr.solveMillis(),
                                wall,
                                sr.peakHeapSampledBytes() >> 20,
                                sr.peakHeapAfterGcBytes() == null ? "no GC" : (sr.peakHeapAfterGcBytes() >> 20) + " MB",
                                sr.heapAfterLoadBytes() >> 20,
                                sr.gcCount());
                        if (!se.feasible()) {
                            se.breaches().stream().limit(10).forEach(b -> log("    %s", b));
                        }
                    }
                }
                rows.add(new Row(
                        size,
                        seed,
                        in.nR,
                        in.nO,
                        in.eligiblePairs(),
                        usable,
                        ge.medium(),
                        ge.feasible(),
                        greedyMs,
                        rge.medium(),
                        rge.feasible(),
                        flow.value(),
                        flow.millis(),
                        lp == null ? null : lp.value(),
                        lp == null ? null : lp.status(),
                        lp == null ? null : lp.millis(),
                        exact == null ? null : exact.value(),
                        exact == null ? null : Math.min(exact.bound(), (double) flow.value()),
                        exact == null ? null : exact.status(),
                        exact == null ? null : exact.millis(),
                        ee == null ? null : ee.feasible(),
                        sr == null ? (runSolver ? "(no result)" : null) : sr.solver(),
                        se == null ? null : se.medium(),
                        se == null ? null : se.feasible(),
                        se == null ? null : se.breachesByRule().toString(),
                        se == null ? null : se.proposals(),
                        sr == null ? null : sr.firstFeasibleMillis(),
                        sr == null ? null : sr.scoreCalculationSpeed(),
                        sr == null ? null : sr.peakHeapSampledBytes(),
                        sr == null ? null : sr.peakHeapAfterGcBytes(),
                        sr == null ? null : sr.heapAfterLoadBytes(),
                        sr == null ? null : sr.gcCount(),
                        sr == null ? null : sr.solveMillis(),
                        wall,
                        sr == null
                                ? (runSolver ? "no result file (crash or timeout, see runs/*-solver.log)" : null)
                                : sr.error()));
            }
        }
        String table = table(rows);
        System.out.println();
        System.out.println(table);
        notes.forEach(n -> System.out.println("NOTE " + n));
        writeReport(out, rows, table, solverClass, xmx, notes);
        System.out.println("report: " + out.resolve("report.md") + ", " + out.resolve("report.csv"));
    }

    /** Runs the solver under test in its own JVM; null if it produced no result file. */
    private static SolverRunner.Result fork(
            Path problemFile, Duration limit, Path resultFile, String solverClass, String xmx, Path logFile)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-cp", System.getProperty("java.class.path")));
        String jvmArgs = System.getProperty("bench.solverJvmArgs", "");
        for (String a : jvmArgs.split(" ")) {
            if (!a.isBlank()) {
                cmd.add(a);
            }
        }
        cmd.addAll(List.of(
                SolverRunner.class.getName(),
                problemFile.toString(),
                Long.toString(limit.toMillis()),
                resultFile.toString(),
                solverClass));
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        long grace = limit.toMillis() * 2 + 120_000;
        if (!p.waitFor(grace, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            log("  solver did not finish within %d ms, killed", grace);
            return null;
        }
        if (!Files.exists(resultFile)) {
            log("  solver exited %d without a result, see %s", p.exitValue(), logFile);
            return null;
        }
        return BenchJson.MAPPER.readValue(resultFile.toFile(), SolverRunner.Result.class);
    }

    static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| size | seed | eligible pairs | greedy | room-first greedy | relaxation bound | optimum (CP-SAT) "
                + "| solver | % of bound | % of optimum | vs greedy | vs room-first greedy | feasible | proposals "
                + "| first feasible | score calc/s | heap peak / live / problem | solve | wall |\n");
        sb.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|--:|\n");
        for (Row r : rows) {
            String exact = r.exact() == null
                    ? "—"
                    : String.format(
                            Locale.ROOT,
                            "%,d %s%s",
                            r.exact(),
                            "OPTIMAL".equals(r.exactStatus())
                                    ? "(proven)"
                                    : String.format(
                                            Locale.ROOT,
                                            "(gap %.2f%%)",
                                            100 * (r.exactBound() - r.exact()) / r.exactBound()),
                            Boolean.FALSE.equals(r.exactFeasible()) ? " INFEASIBLE" : "");
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %,d | %,d%s | %,d%s | %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s "
                            + "| %s |\n",
                    r.size(),
                    r.seed(),
                    r.eligible(),
                    r.greedy(),
                    r.greedyFeasible() ? "" : " INFEASIBLE",
                    r.roomGreedy(),
                    r.roomGreedyFeasible() ? "" : " INFEASIBLE",
                    r.flowBound(),
                    exact,
                    r.solver() == null
                            ? (r.solverError() == null ? "—" : "error")
                            : String.format(Locale.ROOT, "%,d", r.solver()),
                    pct(r.solver(), r.flowBound()),
                    "OPTIMAL".equals(r.exactStatus()) ? pct(r.solver(), r.exact()) : "—",
                    gain(r.solver(), r.greedy()),
                    gain(r.solver(), r.roomGreedy()),
                    r.solverFeasible() == null ? "—" : r.solverFeasible() ? "yes" : "NO " + r.solverBreaches(),
                    r.solverProposals() == null ? "—" : r.solverProposals().toString(),
                    r.firstFeasibleMillis() == null ? "—" : r.firstFeasibleMillis() + " ms",
                    r.scoreSpeed() == null ? "n/r" : String.format(Locale.ROOT, "%,d", r.scoreSpeed()),
                    r.peakHeapBytes() == null
                            ? "—"
                            : (r.peakHeapBytes() >> 20) + " / "
                                    + (r.peakLiveBytes() == null ? "no GC" : (r.peakLiveBytes() >> 20)) + " / "
                                    + (r.problemHeapBytes() >> 20) + " MB",
                    r.solverMillis() == null ? "—" : r.solverMillis() + " ms",
                    r.solverWallMillis() == null ? "—" : r.solverWallMillis() + " ms"));
        }
        return sb.toString();
    }

    /** How far v is above the baseline, in per cent of the baseline. */
    private static String gain(Long v, long baseline) {
        if (v == null || baseline == 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%+.2f%%", 100.0 * (v - baseline) / baseline);
    }

    private static String pct(Long v, Long ref) {
        if (v == null || ref == null || ref == 0) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.2f%%", 100.0 * v / ref);
    }

    private static void writeReport(
            Path out, List<Row> rows, String table, String solverClass, String xmx, List<String> notes)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Matching engine benchmark\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Run %s; problem family %s; solver under test `%s` (forked JVM, -Xmx%s); "
                        + "Java %s; %d cores; load average at the end %.2f.%n%n",
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                Family.current().name().toLowerCase(Locale.ROOT),
                solverClass,
                xmx,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()));
        md.append("Objective = medium level, Σ W(priority) × USD (W = 16, 8, 4, 2, 1). Time limits: ");
        for (Size s : Size.values()) {
            md.append(s)
                    .append(' ')
                    .append(s.solverLimit.toSeconds())
                    .append(" s")
                    .append(s == Size.XL ? ".\n\n" : ", ");
        }
        md.append(table).append('\n');
        md.append(
                "## References\n\n| size | seed | requests | offers | eligible | not rejected | greedy ms | max-flow bound "
                        + "| ms | GLOP LP bound | ms | CP-SAT value | bound for gap (min of CP-SAT, relaxation) | status | ms |\n"
                        + "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|\n");
        for (Row r : rows) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %,d | %,d | %d | %,d | %d | %s | %s | %s | %s | %s | %s |%n",
                    r.size(),
                    r.seed(),
                    r.requests(),
                    r.offers(),
                    r.eligible(),
                    r.usable(),
                    r.greedyMillis(),
                    r.flowBound(),
                    r.flowMillis(),
                    r.lpBound() == null ? "—" : String.format(Locale.ROOT, "%,.1f (%s)", r.lpBound(), r.lpStatus()),
                    r.lpMillis() == null ? "—" : r.lpMillis().toString(),
                    r.exact() == null ? "—" : String.format(Locale.ROOT, "%,d", r.exact()),
                    r.exactBound() == null ? "—" : String.format(Locale.ROOT, "%,.0f", r.exactBound()),
                    r.exactStatus() == null ? "—" : r.exactStatus(),
                    r.exactMillis() == null ? "—" : r.exactMillis().toString()));
        }
        md.append(
                "\n- greedy: the issue's priority-first greedy (priority 1 first, ties by larger amount; each request "
                        + "filled from up to 3 eligible offers with most capacity left); room-first greedy: the same, choosing "
                        + "the offers with most room left for the request (capacity left bounded by the ceiling), a stronger "
                        + "baseline.\n"
                        + "- relaxation bound: LP optimum without integrality, 3-offer limit and indivisibility, computed "
                        + "exactly by max-flow by weight class; GLOP solves the same LP as a cross-check where run.\n"
                        + "- optimum: CP-SAT on the real constraints (integer USD, ≤ 3 offers, indivisibility, ceilings, "
                        + "commitments), time-capped; gap = (bound − value) / bound when not proven, with bound = the lower of "
                        + "CP-SAT's best bound and the relaxation bound.\n"
                        + "- feasible: every hard rule H1–H12 checked by ProposalEvaluator (independent of the solver).\n"
                        + "- first feasible: ms from the call of solve() to the first progress report with feasible = true.\n"
                        + "- heap, in the solver's own JVM (-Xmx as above): peak = maximum of heap used sampled every 20 ms "
                        + "(garbage included, problem included); live = largest heap left after a GC during solve() (\"no GC\" "
                        + "if none ran); problem = heap after loading the problem and a System.gc(), before solve().\n");
        notes.forEach(n -> md.append("- NOTE ").append(n).append('\n'));
        for (Row r : rows) {
            if (r.solverError() != null) {
                md.append(String.format("- %s-seed%d solver error: %s%n", r.size(), r.seed(), r.solverError()));
            }
        }
        Files.writeString(out.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);

        try (PrintStream csv = new PrintStream(out.resolve("report.csv").toFile(), StandardCharsets.UTF_8)) {
            csv.println("size,seed,requests,offers,eligible_pairs,usable_pairs,greedy,greedy_feasible,greedy_ms,"
                    + "room_greedy,room_greedy_feasible,flow_bound,flow_ms,lp_bound,lp_status,lp_ms,exact,exact_bound,exact_status,exact_ms,solver_name,"
                    + "solver,solver_feasible,solver_proposals,first_feasible_ms,score_calc_per_s,peak_heap_bytes,"
                    + "peak_live_heap_bytes,problem_heap_bytes,gc_count,solve_ms,wall_ms,solver_error");
            for (Row r : rows) {
                csv.println(String.join(
                        ",",
                        str(r.size()),
                        str(r.seed()),
                        str(r.requests()),
                        str(r.offers()),
                        str(r.eligible()),
                        str(r.usable()),
                        str(r.greedy()),
                        str(r.greedyFeasible()),
                        str(r.greedyMillis()),
                        str(r.roomGreedy()),
                        str(r.roomGreedyFeasible()),
                        str(r.flowBound()),
                        str(r.flowMillis()),
                        str(r.lpBound()),
                        str(r.lpStatus()),
                        str(r.lpMillis()),
                        str(r.exact()),
                        str(r.exactBound()),
                        str(r.exactStatus()),
                        str(r.exactMillis()),
                        str(r.solverName()),
                        str(r.solver()),
                        str(r.solverFeasible()),
                        str(r.solverProposals()),
                        str(r.firstFeasibleMillis()),
                        str(r.scoreSpeed()),
                        str(r.peakHeapBytes()),
                        str(r.peakLiveBytes()),
                        str(r.problemHeapBytes()),
                        str(r.gcCount()),
                        str(r.solverMillis()),
                        str(r.solverWallMillis()),
                        r.solverError() == null ? "" : '"' + r.solverError().replace('"', '\'') + '"'));
            }
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void log(String fmt, Object... args) {
        System.out.println(String.format(Locale.ROOT, fmt, args));
        System.out.flush();
    }
}
