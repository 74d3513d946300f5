package org.clearinghouse.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.reporting.domain.TargetReportRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;

/** {@link TargetReportRepository} over JPA. */
@ApplicationScoped
public class JpaTargetReportRepository implements TargetReportRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaTargetReportRepository() {}

    public JpaTargetReportRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<AssistanceRequest> findRequestsServing(long targetId) {
        return em.createQuery(
                        "SELECT r FROM AssistanceRequest r WHERE r.target.id = :id ORDER BY r.id",
                        AssistanceRequest.class)
                .setParameter("id", targetId)
                .getResultList();
    }

    @Override
    public List<Commitment> findCommitmentsNotCancelledTo(List<Long> requestIds) {
        return requestIds.isEmpty()
                ? List.of()
                : em.createQuery(
                                "SELECT c FROM Commitment c WHERE c.request.id IN :ids AND c.status <> :cancelled ORDER BY c.id",
                                Commitment.class)
                        .setParameter("ids", requestIds)
                        .setParameter("cancelled", CommitmentStatus.CANCELLED)
                        .getResultList();
    }
}
