package org.clearinghouse.matchingruns.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.clearinghouse.matchingruns.domain.MatchingRunRepository;
import org.clearinghouse.matchingruns.domain.PriorityInversionRow;
import org.clearinghouse.matchingruns.domain.UnfundedRequest;
import org.clearinghouse.proposals.domain.MatchingRun;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.proposals.domain.RunStatus;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;
import org.clearinghouse.shared.persistence.MultiRowInsert;
import org.clearinghouse.shared.persistence.PagedQuery;

/** {@link MatchingRunRepository} over JPA. */
@ApplicationScoped
public class JpaMatchingRunRepository implements MatchingRunRepository {

    /** The columns of {@link UnfundedRequest}, as a run's rows are first written. */
    private static final MultiRowInsert UNFUNDED = MultiRowInsert.into(
            "unfunded_request",
            "run_id",
            "request_id",
            "reason_code",
            "requested_usd",
            "funded_usd",
            "open_usd",
            "explanation",
            "explanation_key",
            "explanation_args");

    /** The columns of {@link PriorityInversionRow}. */
    private static final MultiRowInsert INVERSIONS =
            MultiRowInsert.into("priority_inversion", "run_id", "higher_request_id", "lower_request_id", "offer_id");

    /** Sort fields of {@link #findProposals}: the default is the engine's order (highest weight first). */
    private static final Map<String, String> PROPOSAL_SORTS = Map.of(
            "request",
            "r.title",
            "state",
            "rs.name",
            "priority",
            "r.priority",
            "offer",
            "o.title",
            "donor",
            "ds.name %s, dorg.name",
            "amountUsd",
            "p.amountUsd",
            "proposalState",
            "p.state",
            "weight",
            "p.weight");

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaMatchingRunRepository() {}

    public JpaMatchingRunRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public MatchingRun add(MatchingRun run) {
        em.persist(run);
        em.flush();
        return run;
    }

    @Override
    public Optional<MatchingRun> findById(long id) {
        return Optional.ofNullable(em.find(MatchingRun.class, id));
    }

    @Override
    public void lockRunGuard() {
        em.createNativeQuery("SELECT name FROM cluster_guard WHERE name = 'matching-run' FOR UPDATE")
                .getSingleResult();
    }

    @Override
    public boolean beat(long runId, LocalDateTime at) {
        // native SQL: EclipseLink's JPQL bulk UPDATE also raises the row's version, and the solving server's own
        // transaction that stores the run (which may take seconds) would then fail its optimistic lock check
        em.createNativeQuery("UPDATE matching_run SET heartbeat_at = ? WHERE id = ? AND status = ?")
                .setParameter(1, Timestamp.valueOf(at))
                .setParameter(2, runId)
                .setParameter(3, RunStatus.RUNNING.name())
                .executeUpdate();
        return em
                .createQuery("SELECT r.stopRequested FROM MatchingRun r WHERE r.id = :id", Boolean.class)
                .setParameter("id", runId)
                .getResultList()
                .stream()
                .anyMatch(Boolean.TRUE::equals);
    }

    @Override
    public boolean requestStop(long runId) {
        // native SQL for the same reason as beat: the version stays, so the run can still be stored when it stops
        return em.createNativeQuery("UPDATE matching_run SET stop_requested = TRUE WHERE id = ? AND status = ?")
                        .setParameter(1, runId)
                        .setParameter(2, RunStatus.RUNNING.name())
                        .executeUpdate()
                > 0;
    }

    @Override
    public List<MatchingRun> findRunning() {
        return em.createQuery("SELECT r FROM MatchingRun r WHERE r.status = :running", MatchingRun.class)
                .setParameter("running", RunStatus.RUNNING)
                .getResultList();
    }

    @Override
    public Page<MatchingRun> findNewestFirst(PageRequest page) {
        return PagedQuery.of(em, MatchingRun.class, "r", " FROM MatchingRun r", "r.id DESC")
                .read(page);
    }

    @Override
    public Page<Proposal> findProposals(long runId, ProposalState state, PageRequest page) {
        String where = "p.run.id = :run" + (state == null ? "" : " AND p.state = :state");
        if (page.sortField() == null || !PROPOSAL_SORTS.containsKey(page.sortField())) {
            return findProposalsInEngineOrder(runId, state, where, page);
        }
        String from = " FROM Proposal p JOIN p.request r JOIN r.recipientState rs JOIN p.offer o"
                + " LEFT JOIN o.donorState ds LEFT JOIN o.donorOrganisation dorg WHERE ";
        var query = PagedQuery.of(
                        batched(
                                em.createQuery(
                                        "SELECT p" + from + where + " ORDER BY " + proposalOrder(page), Proposal.class),
                                "p.run",
                                "p.request",
                                "p.request.target",
                                "p.offer",
                                "p.offer.donorOrganisation",
                                "p.commitment"),
                        em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE " + where, Long.class))
                .parameter("run", runId);
        return (state == null ? query : query.parameter("state", state)).read(page);
    }

    /**
     * The engine's order in two steps: the page's ids from the proposal table alone, read in the order of the index
     * ix_proposal_run_weight (run, weight descending, request, offer), then those proposals with what they show. One
     * query joining request, State, offer and donor let the database sort all the run's proposals first: with 18,000
     * of them (the 20,000 x 2,000 problem) the first page took about a second on MariaDB, the ids alone a few ms. In
     * SQL, because EclipseLink joins the request and offer tables for {@code ORDER BY p.request.id, p.offer.id} in
     * JPQL, which made MariaDB read 57,000 rows for the 20 ids (70-200 ms).
     */
    private Page<Proposal> findProposalsInEngineOrder(long runId, ProposalState state, String where, PageRequest page) {
        List<Object> parameters = new ArrayList<>(List.of(runId));
        if (state != null) {
            parameters.add(state.name());
        }
        List<Long> pageIds = idsInIndexOrder(
                "SELECT id FROM proposal WHERE run_id = ?" + (state == null ? "" : " AND state = ?")
                        + " ORDER BY weight DESC, request_id, offer_id",
                parameters,
                page);
        var count = em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE " + where, Long.class)
                .setParameter("run", runId);
        if (state != null) {
            count.setParameter("state", state);
        }
        long total = count.getSingleResult();
        return new Page<>(
                inOrder(
                        pageIds,
                        batched(
                                em.createQuery("SELECT p FROM Proposal p WHERE p.id IN :ids", Proposal.class),
                                "p.run",
                                "p.request",
                                "p.request.target",
                                "p.offer",
                                "p.offer.donorOrganisation",
                                "p.commitment"),
                        Proposal::getId),
                total,
                page.page(),
                page.size());
    }

    /** The ids of one page of {@code sql} (a native query selecting ids, ordered), its parameters bound in order. */
    private List<Long> idsInIndexOrder(String sql, List<Object> parameters, PageRequest page) {
        var query = em.createNativeQuery(sql + " LIMIT ? OFFSET ?");
        int position = 1;
        for (Object parameter : parameters) {
            query.setParameter(position++, parameter);
        }
        query.setParameter(position++, page.size());
        query.setParameter(position, page.offset());
        List<Long> ids = new ArrayList<>();
        for (Object id : query.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** The entities of {@code ids} read by {@code query} (parameter {@code ids}), in the order of the ids. */
    private static <T> List<T> inOrder(List<Long> ids, TypedQuery<T> query, Function<T, Long> id) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, T> byId = new HashMap<>();
        query.setParameter("ids", ids).getResultList().forEach(row -> byId.put(id.apply(row), row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static String proposalOrder(PageRequest page) {
        String field = page.sortField() == null ? null : PROPOSAL_SORTS.get(page.sortField());
        if (field == null) {
            return "p.weight DESC, r.id, o.id";
        }
        String direction = page.direction() == SortDirection.DESC ? "DESC" : "ASC";
        return field.formatted(direction) + " " + direction + ", p.id";
    }

    /**
     * Lowest priority number first, then the largest open amount: the page's ids from the index ix_unfunded_run_order
     * (the request's priority is kept in the row), then those rows with their requests; not a join of all the run's
     * unfunded rows with their requests, sorted (about 12,000 for the 20,000 x 2,000 problem).
     */
    @Override
    public Page<UnfundedRequest> findUnfunded(long runId, PageRequest page) {
        List<Long> pageIds = idsInIndexOrder(
                "SELECT id FROM unfunded_request WHERE run_id = ? ORDER BY request_priority, open_usd DESC, request_id",
                List.of(runId),
                page);
        long total = em.createQuery("SELECT COUNT(u) FROM UnfundedRequest u WHERE u.run.id = :run", Long.class)
                .setParameter("run", runId)
                .getSingleResult();
        return new Page<>(
                inOrder(
                        pageIds,
                        batched(
                                em.createQuery(
                                        "SELECT u FROM UnfundedRequest u WHERE u.id IN :ids", UnfundedRequest.class),
                                "u.run",
                                "u.request",
                                "u.request.target"),
                        UnfundedRequest::getId),
                total,
                page.page(),
                page.size());
    }

    /**
     * Reads the rows' related entities (which EclipseLink, without weaving, loads eagerly) in one query per
     * relationship for the whole page, instead of one query per row: the review table's first page of a run with
     * thousands of proposals costs a handful of queries.
     */
    private static <T> TypedQuery<T> batched(TypedQuery<T> query, String... paths) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String path : paths) {
            query.setHint("eclipselink.batch", path);
        }
        return query;
    }

    @Override
    public int addUnfunded(long runId, List<NewUnfunded> unfunded) {
        List<Object[]> rows = new ArrayList<>(unfunded.size());
        for (NewUnfunded u : unfunded) {
            rows.add(new Object[] {
                runId,
                u.requestId(),
                u.reasonCode(),
                u.requestedUsd(),
                u.fundedUsd(),
                u.openUsd(),
                u.explanation().text(),
                u.explanation().key(),
                u.explanation().storedArguments()
            });
        }
        int written = UNFUNDED.write(em, rows);
        // the order of the run's unfunded requests (ix_unfunded_run_order) starts with their requests' priorities
        em.createNativeQuery(
                        "UPDATE unfunded_request SET request_priority = (SELECT r.priority FROM assistance_request r"
                                + " WHERE r.id = unfunded_request.request_id) WHERE run_id = ?")
                .setParameter(1, runId)
                .executeUpdate();
        return written;
    }

    @Override
    public int addInversions(long runId, List<NewInversion> inversions) {
        List<Object[]> rows = new ArrayList<>(inversions.size());
        for (NewInversion i : inversions) {
            rows.add(new Object[] {runId, i.higherRequestId(), i.lowerRequestId(), i.offerId()});
        }
        return INVERSIONS.write(em, rows);
    }
}
