package org.clearinghouse.matchingruns.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.matching.exchange.ProblemValidator;
import org.clearinghouse.matching.exchange.ValidationProblem;
import org.clearinghouse.matching.solver.EngineSettings;
import org.clearinghouse.matching.solver.MatchingResult;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.proposals.domain.MatchingRun;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.proposals.domain.RunStatus;
import org.clearinghouse.matchingruns.domain.UnfundedRequest;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.clearinghouse.proposals.application.ProposalView;

/**
 * Matching runs: one at a time, solved in the background on the server's managed threads, observable while they
 * run, stoppable, and stored in one transaction when they end.
 */
@ApplicationScoped
public class MatchingRunService {

    public static final int MAX_TIME_LIMIT_SECONDS = 600;
    private static final Logger LOG = Logger.getLogger(MatchingRunService.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    RunStore store;

    @Inject
    @ConfigProperty(name = "MATCHING_TIME_LIMIT_SECONDS", defaultValue = "30")
    int defaultTimeLimitSeconds;

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

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
                throw new ConflictException("A matching run is already in progress (run " + current.get().runId()
                        + "); wait for it or stop it first.");
            }
            MatchingRun run = store.create(caller.username(), limit);
            LiveRun live = new LiveRun(run.getId());
            current.set(live);
            try {
                executor.submit(() -> solve(live, limit));
            } catch (RuntimeException e) {
                current.set(null);
                store.fail(run.getId(), 0, "The run could not be started: " + e.getMessage());
                throw e;
            }
            return RunView.of(run, live);
        }
    }

    private void solve(LiveRun live, int limitSeconds) {
        try {
            RunStore.RunInput input = store.loadInput();
            List<ValidationProblem> problems = ProblemValidator.validate(input.problem(), "database");
            problems = problems.isEmpty() ? ProblemValidator.validatePinned(input.problem(), input.pinned(), "endorsed and accepted proposals")
                    : problems;
            if (!problems.isEmpty()) {
                store.fail(live.runId(), live.elapsedMillis(), "The open problem is not consistent: " + problems);
                return;
            }
            MatchingResult result = live.engine().solve(input.problem(), input.pinned(),
                    EngineSettings.of(Duration.ofSeconds(limitSeconds)), live::onProgress);
            if (!result.feasible()) {
                store.fail(live.runId(), live.elapsedMillis(), "No proposal keeps every rule (score " + result.score()
                        + "): the endorsed and accepted proposals no longer fit, probably because an offer's capacity or a"
                        + " request's amount changed after they were endorsed. Reject them or restore the amounts, then"
                        + " run again.");
                return;
            }
            store.complete(live.runId(), result, live.stopRequested() ? RunStatus.STOPPED : RunStatus.COMPLETED);
        } catch (Throwable failure) {
            LOG.log(Level.SEVERE, "Matching run " + live.runId() + " failed", failure);
            try {
                store.fail(live.runId(), live.elapsedMillis(), failure.getClass().getSimpleName() + ": " + failure.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not record the failure of run " + live.runId(), e);
            }
        } finally {
            current.compareAndSet(live, null);
        }
    }

    /** Asks the running run to stop; it then stores its best proposal so far as STOPPED. */
    public RunView stop(Caller caller, long runId) {
        caller.requireAnyRole(Role.SECRETARIAT);
        MatchingRun run = find(runId);
        LiveRun live = current.get();
        if (live == null || live.runId() != runId) {
            throw new ConflictException("Run " + runId + " is " + run.getStatus() + ", not running.");
        }
        live.stop();
        return RunView.of(run, live);
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
        List<MatchingRun> runs = em.createQuery("SELECT r FROM MatchingRun r ORDER BY r.id DESC", MatchingRun.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(r) FROM MatchingRun r", Long.class).getSingleResult();
        return new Page<>(runs.stream().map(r -> RunView.of(r, liveOf(r.getId(), r))).toList(), total, page.page(), page.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProposalView> proposals(Caller caller, long runId, ProposalState state, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT);
        find(runId);
        String where = "p.run.id = :run" + (state == null ? "" : " AND p.state = :state");
        String from = " FROM Proposal p JOIN p.request r JOIN r.recipientState rs JOIN p.offer o"
                + " LEFT JOIN o.donorState ds LEFT JOIN o.donorOrganisation dorg WHERE ";
        var query = batched(em.createQuery("SELECT p" + from + where + " ORDER BY " + proposalOrder(page), Proposal.class)
                .setParameter("run", runId), "p.run", "p.request", "p.request.target", "p.offer", "p.offer.donorOrganisation",
                "p.commitment");
        var count = em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE " + where, Long.class).setParameter("run", runId);
        if (state != null) {
            query.setParameter("state", state);
            count.setParameter("state", state);
        }
        List<Proposal> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items.stream().map(ProposalView::of).toList(), count.getSingleResult(), page.page(), page.size());
    }

    /** Sort fields of {@link #proposals}: the default is the engine's order (highest weight first). */
    private static final Map<String, String> PROPOSAL_SORTS = Map.of("request", "r.title", "state", "rs.name",
            "priority", "r.priority", "offer", "o.title", "donor", "ds.name %s, dorg.name", "amountUsd", "p.amountUsd",
            "proposalState", "p.state", "weight", "p.weight");

    private static String proposalOrder(PageRequest page) {
        String field = page.sortField() == null ? null : PROPOSAL_SORTS.get(page.sortField());
        if (field == null) {
            return "p.weight DESC, r.id, o.id";
        }
        String direction = page.direction() == SortDirection.DESC ? "DESC" : "ASC";
        return field.formatted(direction) + " " + direction + ", p.id";
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UnfundedView> unfunded(Caller caller, long runId, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT);
        find(runId);
        List<UnfundedRequest> items = batched(em.createQuery("SELECT u FROM UnfundedRequest u WHERE u.run.id = :run"
                        + " ORDER BY u.request.priority, u.openUsd DESC, u.request.id", UnfundedRequest.class)
                .setParameter("run", runId), "u.run", "u.request", "u.request.target").setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(u) FROM UnfundedRequest u WHERE u.run.id = :run", Long.class)
                .setParameter("run", runId).getSingleResult();
        return new Page<>(items.stream().map(UnfundedView::of).toList(), total, page.page(), page.size());
    }

    /**
     * Reads the rows' related entities (which EclipseLink, without weaving, loads eagerly) in one query per
     * relationship for the whole page, instead of one query per row: the review table's first page of a run with
     * thousands of proposals costs a handful of queries.
     */
    private static <T> jakarta.persistence.TypedQuery<T> batched(jakarta.persistence.TypedQuery<T> query, String... paths) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : paths) {
            query.setHint("eclipselink.batch", path);
        }
        return query;
    }

        private LiveRun liveOf(long runId, MatchingRun run) {
        LiveRun live = current.get();
        return live != null && live.runId() == runId && run.getStatus() == RunStatus.RUNNING ? live : null;
    }

    private MatchingRun find(long runId) {
        MatchingRun run = em.find(MatchingRun.class, runId);
        if (run == null) {
            throw new NotFoundException("Matching run", runId);
        }
        return run;
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
