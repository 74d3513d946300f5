package org.clearinghouse.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.requests.application.RequestView;

/**
 * Read-only figures over validated needs: what the public page shows (published summaries, requested against
 * committed US dollars by area and by region) and the unmet needs donors and the secretariat look at.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NeedsOverview {

    /** Needs the secretariat validated, funded or not (what donors and the public may see). */
    static final Set<RequestStatus> VALIDATED =
            EnumSet.of(RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED, RequestStatus.FUNDED);
    /** Validated needs still open for funding. */
    static final Set<RequestStatus> OPEN = EnumSet.of(RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED);

    /** Requested and committed US dollars of one group (an area or a region code). */
    public record Totals(String code, long requestedUsd, long committedUsd) implements java.io.Serializable {
    }

    /** A validated need the recipient State agreed to publish. */
    public record PublishedNeed(String stateName, String region, String area, String type, String title,
                                long amountUsd, long committedUsd, String start, String end) implements java.io.Serializable {
    }

    /** A validated need not fully committed yet. */
    public record UnmetNeed(RequestView request, long committedUsd, long remainingUsd) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    /** Validated needs whose State consented to publication, by State name and priority. Anybody may read them. */
    public List<PublishedNeed> publishedNeeds() {
        List<AssistanceRequest> published = em.createQuery("SELECT r FROM AssistanceRequest r WHERE r.publishSummaryConsent = TRUE"
                + " AND r.status IN :statuses ORDER BY r.recipientState.name, r.priority, r.id", AssistanceRequest.class)
                .setParameter("statuses", VALIDATED).getResultList();
        Map<Long, Long> committed = committedByRequest();
        return published.stream().map(r -> new PublishedNeed(r.getRecipientState().getName(),
                r.getRecipientState().getRegion().name(), r.getArea().name(), r.getType().name(), r.getTitle(),
                r.getAmountUsd(), committed.getOrDefault(r.getId(), 0L), r.getStartMonth().toString(),
                r.getEndMonth().toString())).toList();
    }

    /** Requested and committed US dollars of validated needs by commitment area. Anybody may read them. */
    public List<Totals> totalsByArea() {
        return totals("r.area");
    }

    /** Requested and committed US dollars of validated needs by region of the recipient State. */
    public List<Totals> totalsByRegion() {
        return totals("r.recipientState.region");
    }

    /** Validated needs not fully committed, matching the filter (its statuses are ignored); donors and the secretariat. */
    public List<UnmetNeed> unmetNeeds(Caller caller, AssistanceRequestFilter filter) {
        caller.requireAnyRole(Role.DONOR, Role.SECRETARIAT, Role.ADMIN);
        StringBuilder jpql = new StringBuilder("SELECT r FROM AssistanceRequest r WHERE r.status IN :statuses");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("statuses", OPEN);
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
        Map<Long, Long> committed = committedByRequest();
        return query.getResultList().stream()
                .map(r -> new UnmetNeed(RequestView.of(r), committed.getOrDefault(r.getId(), 0L),
                        r.getAmountUsd() - committed.getOrDefault(r.getId(), 0L)))
                .filter(n -> n.remainingUsd() > 0)
                .toList();
    }

    private List<Totals> totals(String groupPath) {
        Map<String, long[]> byCode = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT " + groupPath + ", SUM(r.amountUsd) FROM AssistanceRequest r"
                + " WHERE r.status IN :statuses GROUP BY " + groupPath, Object[].class)
                .setParameter("statuses", VALIDATED).getResultList()) {
            byCode.computeIfAbsent(((Enum<?>) row[0]).name(), k -> new long[2])[0] = ((Number) row[1]).longValue();
        }
        String committedGroup = groupPath.replace("r.", "c.request.");
        for (Object[] row : em.createQuery("SELECT " + committedGroup + ", SUM(c.amountUsd) FROM Commitment c"
                + " WHERE c.status <> :cancelled AND c.request.status IN :statuses GROUP BY " + committedGroup, Object[].class)
                .setParameter("cancelled", CommitmentStatus.CANCELLED).setParameter("statuses", VALIDATED).getResultList()) {
            byCode.computeIfAbsent(((Enum<?>) row[0]).name(), k -> new long[2])[1] = ((Number) row[1]).longValue();
        }
        return byCode.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Totals(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private Map<Long, Long> committedByRequest() {
        Map<Long, Long> committed = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.request.id, SUM(c.amountUsd) FROM Commitment c"
                + " WHERE c.status <> :cancelled GROUP BY c.request.id", Object[].class)
                .setParameter("cancelled", CommitmentStatus.CANCELLED).getResultList()) {
            committed.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return committed;
    }
}
