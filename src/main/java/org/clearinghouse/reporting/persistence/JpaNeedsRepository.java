package org.clearinghouse.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.reporting.domain.NeedsRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.requests.domain.RequestStatus;

/** {@link NeedsRepository} over JPA. */
@ApplicationScoped
public class JpaNeedsRepository implements NeedsRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaNeedsRepository() {}

    public JpaNeedsRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<AssistanceRequest> findPublished(Set<RequestStatus> statuses) {
        return em.createQuery(
                        "SELECT r FROM AssistanceRequest r WHERE r.publishSummaryConsent = TRUE"
                                + " AND r.status IN :statuses ORDER BY r.recipientState.name, r.priority, r.id",
                        AssistanceRequest.class)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    @Override
    public List<AssistanceRequest> findMatching(AssistanceRequestFilter filter, Set<RequestStatus> statuses) {
        StringBuilder jpql = new StringBuilder("SELECT r FROM AssistanceRequest r WHERE r.status IN :statuses");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("statuses", statuses);
        if (filter.area() != null) {
            jpql.append(" AND r.area = :area");
            parameters.put("area", filter.area());
        }
        if (filter.type() != null) {
            jpql.append(" AND r.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.region() != null) {
            jpql.append(" AND r.recipientState.region = :region");
            parameters.put("region", filter.region());
        }
        if (filter.priority() != null) {
            jpql.append(" AND r.priority = :priority");
            parameters.put("priority", filter.priority());
        }
        if (filter.stateCode() != null) {
            jpql.append(" AND r.recipientState.code = :state");
            parameters.put("state", filter.stateCode());
        }
        jpql.append(" ORDER BY r.priority, r.recipientState.name, r.id");
        var query = em.createQuery(jpql.toString(), AssistanceRequest.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    @Override
    public Map<String, Long> publishedRequestedBy(Grouping grouping, Set<RequestStatus> statuses) {
        String groupPath = groupPath(grouping);
        Map<String, Long> sums = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT " + groupPath + ", SUM(r.amountUsd) FROM AssistanceRequest r"
                                + " WHERE r.publishSummaryConsent = TRUE AND r.status IN :statuses GROUP BY "
                                + groupPath,
                        Object[].class)
                .setParameter("statuses", statuses)
                .getResultList()) {
            sums.put(((Enum<?>) row[0]).name(), ((Number) row[1]).longValue());
        }
        return sums;
    }

    @Override
    public Map<String, Long> publishedCommittedBy(Grouping grouping, Set<RequestStatus> statuses) {
        String committedGroup = groupPath(grouping).replace("r.", "c.request.");
        Map<String, Long> sums = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT " + committedGroup + ", SUM(c.amountUsd) FROM Commitment c"
                                + " WHERE c.status <> :cancelled AND c.request.publishSummaryConsent = TRUE"
                                + " AND c.request.status IN :statuses GROUP BY "
                                + committedGroup,
                        Object[].class)
                .setParameter("cancelled", CommitmentStatus.CANCELLED)
                .setParameter("statuses", statuses)
                .getResultList()) {
            sums.put(((Enum<?>) row[0]).name(), ((Number) row[1]).longValue());
        }
        return sums;
    }

    /** The path of the group on a request {@code r}. */
    private static String groupPath(Grouping grouping) {
        return switch (grouping) {
            case AREA -> "r.area";
            case REGION -> "r.recipientState.region";
        };
    }

    @Override
    public Map<Long, Long> committedByRequest() {
        Map<Long, Long> committed = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT c.request.id, SUM(c.amountUsd) FROM Commitment c"
                                + " WHERE c.status <> :cancelled GROUP BY c.request.id",
                        Object[].class)
                .setParameter("cancelled", CommitmentStatus.CANCELLED)
                .getResultList()) {
            committed.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return committed;
    }
}
