package org.clearinghouse.proposals.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.proposals.domain.ProposalRepository;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.shared.domain.AuditedEntity;
import org.clearinghouse.shared.domain.PartyScope;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.persistence.MultiRowInsert;
import org.clearinghouse.shared.persistence.PagedQuery;
import org.clearinghouse.shared.persistence.PartyCondition;

/** {@link ProposalRepository} over JPA. */
@ApplicationScoped
public class JpaProposalRepository implements ProposalRepository {

    /** The columns a new proposal has (the decision's and the commitment's stay empty). */
    private static final MultiRowInsert NEW_PROPOSALS = MultiRowInsert.into(
            "proposal",
            "run_id",
            "request_id",
            "offer_id",
            "amount_usd",
            "weight",
            "state",
            "pinned",
            "explanation",
            "explanation_key",
            "explanation_args",
            "version",
            "created_by",
            "created_at",
            "updated_by",
            "updated_at");

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaProposalRepository() {}

    public JpaProposalRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Proposal> findById(long id) {
        return Optional.ofNullable(em.find(Proposal.class, id));
    }

    @Override
    public List<Proposal> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Proposal p WHERE p.id IN :ids", Proposal.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Optional<Proposal> findByIdForUpdate(long id) {
        return Optional.ofNullable(em.find(Proposal.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void lockForUpdate(Proposal proposal) {
        em.lock(proposal, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void add(Proposal proposal) {
        em.persist(proposal);
    }

    @Override
    public int addAll(long runId, String createdBy, List<NewProposal> proposals) {
        // as AuditedEntity and the entity's defaults would write them: version 1, created = updated, PROPOSED
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS);
        String by = createdBy == null || createdBy.isBlank() ? AuditedEntity.SYSTEM_USER : createdBy;
        List<Object[]> rows = new ArrayList<>(proposals.size());
        for (NewProposal p : proposals) {
            rows.add(new Object[] {
                runId,
                p.requestId(),
                p.offerId(),
                p.amountUsd(),
                p.weight(),
                ProposalState.PROPOSED.name(),
                p.pinned(),
                p.explanation().text(),
                p.explanation().key(),
                p.explanation().storedArguments(),
                1L,
                by,
                now,
                by,
                now
            });
        }
        return NEW_PROPOSALS.write(em, rows);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Proposal> findByCommitment(long commitmentId) {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.commitment.id = :id", Proposal.class)
                .setParameter("id", commitmentId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Proposal> findCurrentForRequest(long requestId) {
        return em.createQuery(
                        "SELECT p FROM Proposal p WHERE p.request.id = :id"
                                + " AND p.state <> :superseded ORDER BY p.id DESC",
                        Proposal.class)
                .setParameter("id", requestId)
                .setParameter("superseded", ProposalState.SUPERSEDED)
                .getResultList();
    }

    @Override
    public Page<Proposal> findConcerning(PartyScope scope, ProposalState state, PageRequest page) {
        StringBuilder where = new StringBuilder("p.state <> :superseded");
        if (state != null) {
            where.append(" AND p.state = :state");
        }
        where.append(PartyCondition.and(scope, "p.request.recipientState.code"));
        String from = " FROM Proposal p JOIN p.offer o" + PartyCondition.DONOR_JOINS + " WHERE ";
        var query = PagedQuery.of(em, Proposal.class, "p", from + where, "p.id DESC")
                .parameter("superseded", ProposalState.SUPERSEDED);
        if (state != null) {
            query.parameter("state", state);
        }
        return PartyCondition.bound(scope, query).read(page);
    }

    @Override
    public List<Proposal> findProposedInRunForUpdate(long runId) {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.run.id = :run AND p.state = :proposed", Proposal.class)
                .setParameter("run", runId)
                .setParameter("proposed", ProposalState.PROPOSED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<Proposal> findPinnedByRuns() {
        List<ProposalState> pinned = java.util.Arrays.stream(ProposalState.values())
                .filter(ProposalState::isPinnedByRuns)
                .toList();
        return em.createQuery("SELECT p FROM Proposal p WHERE p.state IN :pinned", Proposal.class)
                .setParameter("pinned", pinned)
                .getResultList();
    }

    @Override
    public int supersedeProposedOfOtherRuns(long runId) {
        return em.createQuery("UPDATE Proposal p SET p.state = :superseded WHERE p.state = :open AND p.run.id <> :run")
                .setParameter("superseded", ProposalState.SUPERSEDED)
                .setParameter("open", ProposalState.PROPOSED)
                .setParameter("run", runId)
                .executeUpdate();
    }
}
