package org.clearinghouse.matchingruns.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearinghouse.matchingruns.domain.RunCoverageRepository;
import org.clearinghouse.shared.persistence.MultiRowInsert;

/**
 * {@link RunCoverageRepository} over JPA: the database sums the run's rows (GROUP BY) once, when the run is stored, and
 * the groups are kept in {@code run_coverage}; Java only adds the groups up.
 */
@ApplicationScoped
public class JpaRunCoverageRepository implements RunCoverageRepository {

    private static final MultiRowInsert COVERAGE = MultiRowInsert.into(
            "run_coverage",
            "run_id",
            "priority",
            "area_code",
            "region_code",
            "requests",
            "requested_usd",
            "funded_usd");

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaRunCoverageRepository() {}

    public JpaRunCoverageRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<CoverageGroup> summedCoverageOf(long runId) {
        List<CoverageGroup> groups = new ArrayList<>();
        for (Object[] g : em.createQuery(
                        "SELECT r.priority, r.area, rs.region, COUNT(u), SUM(u.requestedUsd), SUM(u.fundedUsd)"
                                + " FROM UnfundedRequest u JOIN u.request r JOIN r.recipientState rs WHERE u.run.id = :run"
                                + " GROUP BY r.priority, r.area, rs.region",
                        Object[].class)
                .setParameter("run", runId)
                .getResultList()) {
            groups.add(group(g, g[5]));
        }
        // every other request the run proposed something for is fully funded: each once, however many proposals
        for (Object[] g : em.createQuery(
                        "SELECT r.priority, r.area, rs.region, COUNT(r), SUM(r.amountUsd)"
                                + " FROM AssistanceRequest r JOIN r.recipientState rs"
                                + " WHERE r.id IN (SELECT p.request.id FROM Proposal p WHERE p.run.id = :run)"
                                + " AND NOT EXISTS (SELECT u FROM UnfundedRequest u WHERE u.run.id = :run AND u.request = r)"
                                + " GROUP BY r.priority, r.area, rs.region",
                        Object[].class)
                .setParameter("run", runId)
                .getResultList()) {
            groups.add(group(g, g[4]));
        }
        return groups;
    }

    @Override
    public void storeCoverage(long runId, List<CoverageGroup> groups) {
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        for (CoverageGroup g : groups) {
            long[] sum = sums.computeIfAbsent(List.of(g.priority(), g.area(), g.region()), k -> new long[3]);
            sum[0] += g.requests();
            sum[1] += g.requestedUsd();
            sum[2] += g.fundedUsd();
        }
        List<Object[]> rows = new ArrayList<>(sums.size());
        sums.forEach((key, sum) -> rows.add(
                new Object[] {runId, key.get(0), key.get(1), key.get(2), Math.toIntExact(sum[0]), sum[1], sum[2]}));
        COVERAGE.write(em, rows);
    }

    @Override
    public List<CoverageGroup> storedCoverageOf(long runId) {
        List<CoverageGroup> groups = new ArrayList<>();
        for (Object row : em.createNativeQuery(
                        "SELECT priority, area_code, region_code, requests, requested_usd, funded_usd FROM run_coverage"
                                + " WHERE run_id = ? ORDER BY priority, area_code, region_code")
                .setParameter(1, runId)
                .getResultList()) {
            Object[] g = (Object[]) row;
            groups.add(new CoverageGroup(
                    Math.toIntExact(number(g[0])),
                    (String) g[1],
                    (String) g[2],
                    number(g[3]),
                    number(g[4]),
                    number(g[5])));
        }
        return groups;
    }

    @Override
    public long requestsProposedFor(long runId) {
        return em.createQuery("SELECT COUNT(DISTINCT p.request.id) FROM Proposal p WHERE p.run.id = :run", Long.class)
                .setParameter("run", runId)
                .getSingleResult();
    }

    private static CoverageGroup group(Object[] g, Object funded) {
        return new CoverageGroup((Integer) g[0], name(g[1]), name(g[2]), number(g[3]), number(g[4]), number(funded));
    }

    /** A COUNT or SUM as the database returns it (Long, BigDecimal or BigInteger), null as 0. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public List<Inversion> inversionsOf(long runId) {
        List<Inversion> result = new ArrayList<>();
        for (Object[] i : em.createQuery(
                        "SELECT hs.code, hs.name, h.id, h.title, h.priority, l.id, l.title, l.priority,"
                                + " o.id, o.title, COALESCE(ds.name, dorg.name) FROM PriorityInversionRow i JOIN i.higher h"
                                + " JOIN h.recipientState hs JOIN i.lower l JOIN i.offer o LEFT JOIN o.donorState ds"
                                + " LEFT JOIN o.donorOrganisation dorg WHERE i.run.id = :run ORDER BY hs.name, h.priority, l.priority, i.id",
                        Object[].class)
                .setParameter("run", runId)
                .getResultList()) {
            result.add(new Inversion(
                    (String) i[0],
                    (String) i[1],
                    (Long) i[2],
                    (String) i[3],
                    (Integer) i[4],
                    (Long) i[5],
                    (String) i[6],
                    (Integer) i[7],
                    (Long) i[8],
                    (String) i[9],
                    (String) i[10]));
        }
        return result;
    }

    private static String name(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }
}
