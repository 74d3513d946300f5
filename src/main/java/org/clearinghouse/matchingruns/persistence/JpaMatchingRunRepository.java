package org.clearinghouse.matchingruns.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.clearinghouse.shared.persistence.PagedQuery;

/** {@link MatchingRunRepository} over JPA. */
@ApplicationScoped
public class JpaMatchingRunRepository implements MatchingRunRepository {

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
        em.createQuery("UPDATE MatchingRun r SET r.heartbeatAt = :at WHERE r.id = :id AND r.status = :running")
                .setParameter("at", at)
                .setParameter("id", runId)
                .setParameter("running", RunStatus.RUNNING)
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
        return em.createQuery(
                                "UPDATE MatchingRun r SET r.stopRequested = TRUE WHERE r.id = :id AND r.status = :running")
                        .setParameter("id", runId)
                        .setParameter("running", RunStatus.RUNNING)
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

    private static String proposalOrder(PageRequest page) {
        String field = page.sortField() == null ? null : PROPOSAL_SORTS.get(page.sortField());
        if (field == null) {
            return "p.weight DESC, r.id, o.id";
        }
        String direction = page.direction() == SortDirection.DESC ? "DESC" : "ASC";
        return field.formatted(direction) + " " + direction + ", p.id";
    }

    @Override
    public Page<UnfundedRequest> findUnfunded(long runId, PageRequest page) {
        String from = " FROM UnfundedRequest u WHERE u.run.id = :run";
        return PagedQuery.of(
                        batched(
                                em.createQuery(
                                        "SELECT u" + from
                                                + " ORDER BY u.request.priority, u.openUsd DESC, u.request.id",
                                        UnfundedRequest.class),
                                "u.run",
                                "u.request",
                                "u.request.target"),
                        em.createQuery("SELECT COUNT(u)" + from, Long.class))
                .parameter("run", runId)
                .read(page);
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
    public void addUnfunded(UnfundedRequest unfunded) {
        em.persist(unfunded);
    }

    @Override
    public void addInversion(PriorityInversionRow inversion) {
        em.persist(inversion);
    }
}
