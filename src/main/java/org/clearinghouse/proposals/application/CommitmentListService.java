package org.clearinghouse.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.proposals.domain.Proposal;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;

/**
 * The commitments a reader may follow: the secretariat all, a recipient its State's, a donor those drawing on its
 * offers; sortable by a whitelist of fields, newest first by default.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitmentListService {

    /** Sort fields a table may ask for, and the JPQL path each one means. */
    static final Map<String, String> SORTS = Map.of("id", "c.id", "requestTitle", "c.request.title",
            "amountUsd", "c.amountUsd", "disbursedUsd", "c.disbursedUsd", "progressPercent", "c.progressPercent",
            "status", "c.status", "createdAt", "c.createdAt");

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public Page<CommitmentView> list(Caller caller, CommitmentStatus status, PageRequest page) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.RECIPIENT, Role.DONOR);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (status != null) {
            where.append(" AND c.status = :status");
        }
        if (caller.is(Role.RECIPIENT)) {
            where.append(" AND c.request.recipientState.code = :mine");
        } else if (caller.is(Role.DONOR)) {
            where.append(" AND (ds.code = :mine OR dorg.code = :mine)");
        }
        String order = SORTS.getOrDefault(page.sortField() == null ? "" : page.sortField(), "c.id");
        String direction = page.sortField() == null || page.direction() == SortDirection.DESC ? " DESC" : " ASC";
        String from = " FROM Commitment c JOIN c.offer o LEFT JOIN o.donorState ds LEFT JOIN o.donorOrganisation dorg";
        var query = em.createQuery("SELECT c" + from + where + " ORDER BY " + order + direction + ", c.id DESC",
                Commitment.class);
        var count = em.createQuery("SELECT COUNT(c)" + from + where, Long.class);
        for (var q : List.of(query, count)) {
            if (status != null) {
                q.setParameter("status", status);
            }
            if (!caller.isSecretariat()) {
                q.setParameter("mine", caller.is(Role.RECIPIENT) ? caller.stateCode() : caller.donorCode());
            }
        }
        List<Commitment> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items.stream().map(c -> CommitmentView.of(c, proposalOf(c))).toList(),
                count.getSingleResult(), page.page(), page.size());
    }

    private Proposal proposalOf(Commitment commitment) {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.commitment.id = :id", Proposal.class)
                .setParameter("id", commitment.getId()).getResultStream().findFirst().orElse(null);
    }
}
