package org.clearinghouse.matchingruns.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.matching.exchange.ProblemValidator;
import org.clearinghouse.matching.exchange.ValidationProblem;
import org.clearinghouse.matching.solver.EngineSettings;
import org.clearinghouse.matching.solver.MatchingResult;
import org.clearinghouse.matchingruns.domain.MatchingRunRepository;
import org.clearinghouse.proposals.application.ProposalView;
import org.clearinghouse.proposals.domain.MatchingRun;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.proposals.domain.RunStatus;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Matching runs: one at a time in the whole cluster, solved in the background on the server's managed threads,
 * observable while they run, stoppable (through any server), and stored in one transaction when they end. While it
 * solves, the server writes a heartbeat on the run's row every few seconds: a run whose heartbeat stops is an orphan
 * that the next start fails (its server crashed).
 */
@ApplicationScoped
public class MatchingRunService {

    public static final int MAX_TIME_LIMIT_SECONDS = 600;
    private static final Logger LOG = Logger.getLogger(MatchingRunService.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RunStore store;

    @Inject
    @ConfigProperty(name = "MATCHING_TIME_LIMIT_SECONDS", defaultValue = "30")
    int defaultTimeLimitSeconds;

    @Inject
    MatchingRunRepository runs;

    private final AtomicReference<LiveRun> current = new AtomicReference<>();

    /** Starts a run with the given time limit (default from MATCHING_TIME_LIMIT_SECONDS); 409 if one is running. */
    public RunView start(Caller caller, Integer timeLimitSeconds) {
        caller.requireAnyRole(Role.SECRETARIAT);
        int limit = timeLimitSeconds == null ? defaultTimeLimitSeconds : timeLimitSeconds;
        if (limit < 1 || limit > MAX_TIME_LIMIT_SECONDS) {
            FieldErrors errors = new FieldErrors();
            errors.add("timeLimitSeconds", "must be between 1 and " + MAX_TIME_LIMIT_SECONDS + " seconds.");
            errors.throwIfAny();
        }
        synchronized (current) {
            if (current.get() != null) {
                throw new ConflictException("A matching run is already in progress (run "
                        + current.get().runId() + "); wait for it or stop it first.");
            }
            MatchingRun run = store.create(caller.username(), limit);
            LiveRun live = new LiveRun(run.getId());
            current.set(live);
            try {
                executor.submit(() -> solve(live, limit));
            } catch (RuntimeException e) {
                current.set(null);
                LOG.log(Level.SEVERE, "Matching run " + run.getId() + " could not be started", e);
                store.fail(run.getId(), 0, "The run could not be started on the server; see its log.");
                throw e;
            }
            return RunView.of(run, live);
        }
    }

    private void solve(LiveRun live, int limitSeconds) {
        long beat = RunStore.HEARTBEAT.toMillis();
        ScheduledFuture<?> heartbeat = null;
        try {
            heartbeat = scheduler.scheduleAtFixedRate(() -> heartbeat(live), beat, beat, TimeUnit.MILLISECONDS);
            long loadStart = System.nanoTime();
            RunStore.RunInput input = store.loadInput();
            long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
            List<ValidationProblem> problems = ProblemValidator.validate(input.problem(), "database");
            problems = problems.isEmpty()
                    ? ProblemValidator.validatePinned(
                            input.problem(), input.pinned(), "endorsed and accepted proposals")
                    : problems;
            if (!problems.isEmpty()) {
                store.fail(live.runId(), live.elapsedMillis(), "The open problem is not consistent: " + problems);
                return;
            }
            MatchingResult result = live.engine()
                    .solve(
                            input.problem(),
                            input.pinned(),
                            EngineSettings.of(Duration.ofSeconds(limitSeconds)),
                            live::onProgress);
            if (!result.feasible()) {
                store.fail(
                        live.runId(),
                        live.elapsedMillis(),
                        "No proposal keeps every rule (score " + result.score()
                                + "): the endorsed and accepted proposals no longer fit, probably because an offer's capacity or a"
                                + " request's amount changed after they were endorsed. Reject them or restore the amounts, then"
                                + " run again.");
                return;
            }
            long storeStart = System.nanoTime();
            store.complete(live.runId(), result, live.stopRequested() ? RunStatus.STOPPED : RunStatus.COMPLETED);
            LOG.info(String.format(
                    Locale.ROOT,
                    "Matching run %d: problem of %d requests and %d offers loaded in %d ms, solved in %d ms, %d"
                            + " matches stored in %d ms",
                    live.runId(),
                    input.problem().requests().size(),
                    input.problem().offers().size(),
                    loadMs,
                    result.run().elapsedMillis(),
                    result.matches().size(),
                    (System.nanoTime() - storeStart) / 1_000_000));
        } catch (Throwable failure) {
            String reference = java.util.UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Matching run " + live.runId() + " failed, reference " + reference, failure);
            try {
                // the run's reason is shown to the secretariat: the reference, never the exception's text
                store.fail(
                        live.runId(),
                        live.elapsedMillis(),
                        "The run failed on the server; nothing was proposed. Quote reference " + reference
                                + " when reporting it.");
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not record the failure of run " + live.runId(), e);
            }
        } finally {
            if (heartbeat != null) {
                heartbeat.cancel(false);
            }
            current.compareAndSet(live, null);
        }
    }

    private void heartbeat(LiveRun live) {
        try {
            if (store.beat(live.runId())) {
                live.stop(); // asked through another server
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the heartbeat of run " + live.runId(), e);
        }
    }

    /**
     * Asks the running run to stop; it then stores its best proposal so far as STOPPED. A run solved by another server
     * of the cluster is marked to stop, and its server stops it at its next heartbeat.
     */
    public RunView stop(Caller caller, long runId) {
        caller.requireAnyRole(Role.SECRETARIAT);
        MatchingRun run = find(runId);
        LiveRun live = current.get();
        if (live != null && live.runId() == runId) {
            live.stop();
            return RunView.of(run, live);
        }
        if (run.getStatus() == RunStatus.RUNNING && store.requestStop(runId)) {
            return RunView.of(run, null);
        }
        throw new ConflictException("Run " + runId + " is " + run.getStatus() + ", not running.");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RunView get(Caller caller, long runId) {
        caller.requireAnyRole(Role.SECRETARIAT);
        MatchingRun run = find(runId); // a fresh persistence context per call: the row as stored now
        return RunView.of(run, liveOf(runId, run));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RunView> list(Caller caller, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT);
        return runs.findNewestFirst(page).map(r -> RunView.of(r, liveOf(r.getId(), r)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProposalView> proposals(Caller caller, long runId, ProposalState state, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT);
        find(runId);
        return runs.findProposals(runId, state, page).map(ProposalView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UnfundedView> unfunded(Caller caller, long runId, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT);
        find(runId);
        return runs.findUnfunded(runId, page).map(UnfundedView::of);
    }

    private LiveRun liveOf(long runId, MatchingRun run) {
        LiveRun live = current.get();
        return live != null && live.runId() == runId && run.getStatus() == RunStatus.RUNNING ? live : null;
    }

    private MatchingRun find(long runId) {
        return runs.findById(runId).orElseThrow(() -> new NotFoundException("Matching run", runId));
    }

    /** Stops a run still solving when the application stops; its row is failed at the next start. */
    @PreDestroy
    void shutdown() {
        LiveRun live = current.get();
        if (live != null) {
            live.stop();
        }
    }
}
