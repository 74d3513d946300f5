package org.clearinghouse.benchmark;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.clearinghouse.cohort.domain.CohortSolution;
import org.clearinghouse.cohort.domain.Nomination;
import org.clearinghouse.cohort.exchange.CohortModelMapper;
import org.clearinghouse.cohort.exchange.CohortProblemDocument;
import org.clearinghouse.cohort.exchange.CohortProblemValidator;
import org.clearinghouse.cohort.explain.CallStatistics;
import org.clearinghouse.cohort.solver.CohortBound;
import org.clearinghouse.cohort.solver.CohortEngine;
import org.clearinghouse.cohort.solver.CohortResult;
import org.clearinghouse.cohort.solver.CohortSettings;
import org.clearinghouse.cohort.solver.CohortSolverConfigs;
import org.clearinghouse.cohort.solver.GreedyStart;
import org.clearinghouse.cohort.testdata.CohortPlans;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The cohort engine on yearly plans (issue 13: 20 calls of 30 seats, 3,000 nominations), seeds from
 * {@code -Dbench.seeds} (default 1-3), {@code -Dbench.cohortSeconds} per plan (default 10): prints, per plan, the
 * relaxation bound ({@link CohortBound}: each call solved exactly without the one-cohort-a-year rule), the greedy start
 * alone, the engine's score after the limit, the share of the bound it reached and when it first passed 99% of it,
 * and the cohort figures. Run: {@code ./mvnw -Pbenchmark test-compile exec:exec@cohort}.
 */
public final class CohortBenchmark {

    private CohortBenchmark() {}

    public static void main(String[] args) {
        String[] seeds = System.getProperty("bench.seeds", "1-3").split("-");
        long first = Long.parseLong(seeds[0]);
        long last = seeds.length > 1 ? Long.parseLong(seeds[1]) : first;
        int seconds = Integer.getInteger("bench.cohortSeconds", 10);
        System.out.printf(
                "cohort benchmark, %s, %d processors, Java %s, limit %d s%n",
                java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.version(), seconds);
        warmUp();
        System.out.println(
                "| seed | nominations | eligible | people nominated twice | bound (medium/soft) | greedy start"
                        + " | engine after the limit | % of bound (soft) | first at 99% | women | States | sub-regions |");
        System.out.println("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        for (long seed = first; seed <= last; seed++) {
            run(seed, seconds);
        }
        provenOnSmallPlans(seconds);
    }

    /**
     * Plans of 4 calls of 8 seats and 120 nominations where nobody is nominated twice: there the bound is the optimum
     * (see CohortBound), so an engine that reaches it is proven optimal.
     */
    private static void provenOnSmallPlans(int seconds) {
        int proven = 0;
        long slowest = 0;
        for (long seed = 1; seed <= 10; seed++) {
            CohortProblemDocument plan = CohortPlans.yearly(seed, 4, 8, 120, 0);
            CohortResult result =
                    new CohortEngine().solve(plan, new CohortSettings(Duration.ofSeconds(seconds), null, seed), null);
            if (result.provenOptimal()) {
                proven++;
                slowest = Math.max(slowest, result.run().elapsedMillis());
            } else {
                System.out.printf(
                        "  small plan %d: %s, bound %d/%d%n",
                        seed,
                        result.score(),
                        result.bound().medium(),
                        result.bound().soft());
            }
        }
        System.out.printf(
                "small plans (4 calls x 8 seats, 120 nominations, nobody nominated twice): proven optimum on %d of 10,"
                        + " slowest %d ms%n",
                proven, slowest);
    }

    private static void warmUp() {
        CohortProblemDocument plan = CohortPlans.yearly(99, 20, 30, 3000);
        new CohortEngine().solve(plan, new CohortSettings(Duration.ofSeconds(3), null, 0L), null);
    }

    private static void run(long seed, int seconds) {
        CohortProblemDocument plan = CohortPlans.yearly(seed, 20, 30, 3000);
        if (!CohortProblemValidator.validate(plan, "seed " + seed).isEmpty()) {
            throw new IllegalStateException("generated plan invalid: "
                    + CohortProblemValidator.validate(plan, "seed " + seed).get(0));
        }
        CohortSolution model = CohortModelMapper.toModel(plan);
        long boundStarted = System.nanoTime();
        CohortBound.Bound bound = CohortBound.of(model);
        long boundMillis = (System.nanoTime() - boundStarted) / 1_000_000;
        long eligible =
                model.getNominations().stream().filter(Nomination::eligible).count();
        HardMediumSoftLongScore greedy = greedy(plan);

        long started = System.nanoTime();
        AtomicLong at99 = new AtomicLong(-1);
        CohortResult result = new CohortEngine()
                .solve(plan, new CohortSettings(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds), seed), s -> {
                    if (s.hardScore() == 0
                            && s.mediumScore() == bound.medium()
                            && s.softScore() >= 0.99 * bound.soft()) {
                        at99.compareAndSet(-1, (System.nanoTime() - started) / 1_000_000);
                    }
                });
        int selected = result.selected().size();
        long women =
                result.statistics().stream().mapToLong(CallStatistics::women).sum();
        Set<String> states = new HashSet<>();
        Set<String> subRegions = new HashSet<>();
        List<Nomination> nominations = model.getNominations();
        result.selected().forEach(s -> {
            states.add(s.state());
            nominations.stream()
                    .filter(n -> n.getId().equals(s.nominationId()))
                    .findFirst()
                    .ifPresent(n -> subRegions.add(n.getSubRegion()));
        });
        System.out.printf(
                Locale.ROOT,
                "| %d | %,d | %,d | %,d | %d / %,d (%d ms) | %s | %s (%s, %,d calc/s) | %.2f%% | %s | %.1f%% | %d | %d |%n",
                seed,
                nominations.size(),
                eligible,
                sharedPeople(nominations),
                bound.medium(),
                bound.soft(),
                boundMillis,
                greedy,
                result.score(),
                result.run().stopReason(),
                result.run().scoreCalculationSpeed(),
                result.medium() == bound.medium() ? 100.0 * result.soft() / bound.soft() : Double.NaN,
                at99.get() < 0 ? "not reached" : String.format(Locale.ROOT, "%.1f s", at99.get() / 1000.0),
                100.0 * women / Math.max(1, selected),
                states.size(),
                subRegions.size());
        System.out.printf(
                Locale.ROOT,
                "  seed %d: %d selected of %d funded seats; greedy start at %.2f%% of the bound%n",
                seed,
                selected,
                result.statistics().stream()
                        .mapToInt(CallStatistics::fundedSeats)
                        .sum(),
                greedy.mediumScore() == bound.medium() ? 100.0 * greedy.softScore() / bound.soft() : Double.NaN);
    }

    /** People nominated to more than one call of the plan. */
    private static long sharedPeople(List<Nomination> nominations) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (Nomination n : nominations) {
            if (!seen.add(n.getCandidateId())) {
                twice.add(n.getCandidateId());
            }
        }
        return twice.size();
    }

    /** The score of the greedy start alone (the engine's first phase, no local search). */
    private static HardMediumSoftLongScore greedy(CohortProblemDocument plan) {
        CohortSolution model = CohortModelMapper.toModel(plan);
        CohortSolution solved = SolverFactory.<CohortSolution>create(CohortSolverConfigs.scoring()
                        .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMinutes(1)))
                        .withPhases(
                                new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyStart.class))))
                .buildSolver()
                .solve(model);
        SolutionManager.create(SolverFactory.create(CohortSolverConfigs.scoring()))
                .update(solved);
        return solved.getScore();
    }
}
