package org.clearinghouse.matching.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.clearinghouse.matching.domain.Funding;
import org.clearinghouse.matching.domain.MatchingSolution;
import org.clearinghouse.matching.domain.Request;
import org.clearinghouse.matching.exchange.MatchDocument;
import org.clearinghouse.matching.exchange.ModelMapper;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matching.explain.Explainer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * The one entry point of the matching engine (command line, server, benchmarks). One instance per run; not for
 * concurrent runs. {@link #terminateEarly()} may be called from any thread: the run then returns its best so far.
 *
 * <pre>{@code
 * List<ValidationProblem> problems = ProblemValidator.validate(problem, "database");      // must be empty
 * problems.addAll(ProblemValidator.validatePinned(problem, pinned, "database"));          // idem
 * MatchingEngine engine = new MatchingEngine();               // keep it to call engine.terminateEarly() elsewhere
 * MatchingResult result = engine.solve(problem, pinned, EngineSettings.of(Duration.ofSeconds(30)),
 *         progress -> lastScore.set(progress.bestScore()));  // called on the solver thread: keep it short
 * result.matches();               // pinned matches included unchanged; commitments are not repeated
 * result.toProposalDocument();    // the exchange-format proposal, for ProposalWriter
 * }</pre>
 */
public final class MatchingEngine {

    private volatile Solver<MatchingSolution> solver;
    private volatile boolean terminateRequested;

    /**
     * Solves a validated problem (see {@code ProblemValidator}). Pinned matches (accepted by the secretariat) appear
     * unchanged in the result; only the rest moves. The listener hears each new best score on the solver thread.
     */
    public MatchingResult solve(
            ProblemDocument problem,
            List<MatchDocument> pinnedMatches,
            EngineSettings settings,
            ProgressListener progressListener) {
        long started = System.nanoTime();
        ModelMapper.Model model = ModelMapper.toModel(problem, pinnedMatches);
        MatchingSolution input = model.solution();
        ProgressListener listener = progressListener == null ? ProgressListener.NONE : progressListener;

        boolean anyMovable = input.getFundings().stream().anyMatch(f -> !f.isPinned());
        MatchingSolution best;
        AtomicLong firstFeasible = new AtomicLong(-1);
        AtomicBoolean heard = new AtomicBoolean();
        long speed = 0;
        String stopReason;
        if (!anyMovable || terminateRequested) {
            SolutionManager<MatchingSolution, HardMediumSoftLongScore> manager =
                    SolutionManager.create(SolverFactory.create(SolverConfigs.scoring()));
            manager.update(input);
            best = input;
            stopReason = terminateRequested ? "terminated before start" : "nothing to move";
        } else {
            String limit = provableOptimum(input);
            EngineSettings effective = remainingAfterSetup(settings, started);
            SolverFactory<MatchingSolution> factory = SolverFactory.create(
                    SolverConfigs.solving(effective, model.eligiblePairs(), limit, this::stopRequestedWhileSolving));
            Solver<MatchingSolution> s = factory.buildSolver();
            s.addEventListener(event -> {
                HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
                Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
                if (score.isFeasible()) {
                    firstFeasible.compareAndSet(-1, elapsed.toMillis());
                }
                heard.set(true);
                listener.onProgress(new SolveProgress(
                        elapsed,
                        score.toString(),
                        score.isFeasible(),
                        score.hardScore(),
                        score.mediumScore(),
                        score.softScore()));
            });
            solver = s;
            if (terminateRequested) {
                s.terminateEarly();
            }
            long solveStarted = System.nanoTime();
            best = s.solve(input);
            solver = null;
            if (s instanceof DefaultSolver<MatchingSolution> d) {
                speed = d.getSolverScope().getScoreCalculationSpeed();
            }
            long solvingMs = (System.nanoTime() - solveStarted) / 1_000_000;
            HardMediumSoftLongScore score = best.getScore();
            if (terminateRequested) {
                stopReason = "terminated early on request";
            } else if (limit != null && score.compareTo(HardMediumSoftLongScore.parseScore(limit)) >= 0) {
                stopReason = "provably optimal";
            } else if (solvingMs
                    < SolverConfigs.solverSpentLimit(effective, model.eligiblePairs())
                                    .toMillis()
                            - 200) {
                stopReason = "no improvement for "
                        + settings.effectiveUnimprovedLimit().toMillis() + " ms";
            } else {
                stopReason = "time limit";
            }
        }
        HardMediumSoftLongScore score = best.getScore();
        if (terminateRequested && !heard.get()) {
            // stopped before the solver reported anything: the listener still hears the score of what is returned
            listener.onProgress(new SolveProgress(
                    Duration.ofNanos(System.nanoTime() - started),
                    score.toString(),
                    score.isFeasible(),
                    score.hardScore(),
                    score.mediumScore(),
                    score.softScore()));
        }
        if (score.isFeasible()) {
            firstFeasible.compareAndSet(-1, (System.nanoTime() - started) / 1_000_000);
        }
        Explainer explainer = new Explainer(best);
        MatchingResult.RunInfo run = new MatchingResult.RunInfo(
                (System.nanoTime() - started) / 1_000_000, firstFeasible.get(), speed, terminateRequested, stopReason);
        return new MatchingResult(
                matches(best),
                score.toString(),
                score.hardScore(),
                score.mediumScore(),
                score.softScore(),
                score.isFeasible(),
                explainer.statistics(model.eligiblePairs()),
                settings.explanations() ? explainer.proposals() : List.of(),
                settings.explanations() ? explainer.unfunded() : List.of(),
                run);
    }

    /**
     * The settings with the time already spent on mapping the model (and a little for building the solver) taken off
     * the limit, so that the whole call, not only the solver, keeps within it.
     */
    private static EngineSettings remainingAfterSetup(EngineSettings settings, long startedNanos) {
        long spentMillis = (System.nanoTime() - startedNanos) / 1_000_000 + 50;
        long remaining = Math.max(100, settings.timeLimit().toMillis() - spentMillis);
        return new EngineSettings(
                Duration.ofMillis(remaining),
                settings.unimprovedLimit(),
                settings.randomSeed(),
                settings.explanations());
    }

    /**
     * Asked by the second custom phase, inside {@code solve}: a request to stop that came before {@code solve} started
     * is lost by OptaPlanner (it clears its flag when solving starts), so it is passed on again from here, once the
     * solver runs, and the local search phase ends at once.
     */
    private boolean stopRequestedWhileSolving() {
        if (!terminateRequested) {
            return false;
        }
        Solver<MatchingSolution> s = solver;
        if (s != null) {
            s.terminateEarly();
        }
        return true;
    }

    /** Asks a running solve to stop and return its best so far; safe from any thread, also before solving starts. */
    public void terminateEarly() {
        terminateRequested = true;
        Solver<MatchingSolution> s = solver;
        if (s != null) {
            s.terminateEarly();
        }
    }

    /**
     * A score no solution can beat, reached only when every request that can receive proposals is funded in full,
     * each in one new piece: then the solver may stop at once. Pinned pieces count as they are.
     */
    static String provableOptimum(MatchingSolution solution) {
        long medium = 0;
        long pieces = 0;
        List<Request> requests = solution.getRequests();
        long[] pinnedAmount = new long[requests.size()];
        boolean[] movable = new boolean[requests.size()];
        for (Funding f : solution.getFundings()) {
            int r = f.getRequest().getIndex();
            if (f.isPinned()) {
                if (f.isActive()) {
                    pinnedAmount[r] += f.getAmountUsd();
                    medium += (long) f.getRequest().getWeight() * f.getAmountUsd();
                    pieces++;
                }
            } else {
                movable[r] = true;
            }
        }
        for (Request r : requests) {
            long open = r.getOpenUsd() - pinnedAmount[r.getIndex()];
            if (movable[r.getIndex()] && open > 0) {
                medium += (long) r.getWeight() * open;
                pieces++;
            }
        }
        return "0hard/" + medium + "medium/" + (-pieces) + "soft";
    }

    static List<MatchDocument> matches(MatchingSolution solution) {
        List<MatchDocument> matches = new ArrayList<>();
        for (Funding f : solution.getFundings()) {
            if (f.isActive()) {
                matches.add(
                        new MatchDocument(f.getRequest().getId(), f.getOffer().getId(), f.getAmountUsd()));
            }
        }
        matches.sort(Comparator.comparing(MatchDocument::requestId).thenComparing(MatchDocument::offerId));
        return matches;
    }
}
