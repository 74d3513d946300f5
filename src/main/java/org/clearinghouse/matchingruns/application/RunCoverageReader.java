package org.clearinghouse.matchingruns.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.proposals.domain.MatchingRun;

/**
 * The coverage dashboard of a run (secretariat): aggregates read in three queries, whatever the number of
 * proposals.
 */
@ApplicationScoped
public class RunCoverageReader {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    private record Funded(long requestId, int priority, String area, String region, long requestedUsd, long fundedUsd) {
    }

    @Transactional
    public CoverageView coverage(Caller caller, long runId) {
        caller.requireAnyRole(Role.SECRETARIAT);
        if (em.find(MatchingRun.class, runId) == null) {
            throw new NotFoundException("Matching run", runId);
        }
        Map<Long, Funded> byRequest = new LinkedHashMap<>();
        for (Object[] u : em.createQuery("SELECT r.id, r.priority, r.area, rs.region, u.requestedUsd, u.fundedUsd"
                + " FROM UnfundedRequest u JOIN u.request r JOIN r.recipientState rs WHERE u.run.id = :run", Object[].class)
                .setParameter("run", runId).getResultList()) {
            byRequest.put((Long) u[0], new Funded((Long) u[0], (Integer) u[1], name(u[2]), name(u[3]), (Long) u[4], (Long) u[5]));
        }
        for (Object[] p : em.createQuery("SELECT DISTINCT r.id, r.priority, r.area, rs.region, r.amountUsd"
                + " FROM Proposal p JOIN p.request r JOIN r.recipientState rs WHERE p.run.id = :run", Object[].class)
                .setParameter("run", runId).getResultList()) {
            byRequest.putIfAbsent((Long) p[0], new Funded((Long) p[0], (Integer) p[1], name(p[2]), name(p[3]), (Long) p[4], (Long) p[4]));
        }
        return new CoverageView(shares(byRequest.values(), f -> String.valueOf(f.priority())),
                shares(byRequest.values(), Funded::area), shares(byRequest.values(), Funded::region), inversions(runId));
    }

    private List<CoverageView.Inversion> inversions(long runId) {
        List<CoverageView.Inversion> result = new ArrayList<>();
        for (Object[] i : em.createQuery("SELECT hs.code, hs.name, h.id, h.title, h.priority, l.id, l.title, l.priority,"
                + " o.id, o.title, COALESCE(ds.name, dorg.name) FROM PriorityInversionRow i JOIN i.higher h"
                + " JOIN h.recipientState hs JOIN i.lower l JOIN i.offer o LEFT JOIN o.donorState ds"
                + " LEFT JOIN o.donorOrganisation dorg WHERE i.run.id = :run ORDER BY hs.name, h.priority, l.priority, i.id",
                Object[].class).setParameter("run", runId).getResultList()) {
            result.add(new CoverageView.Inversion((String) i[0], (String) i[1], (Long) i[2], (String) i[3], (Integer) i[4],
                    (Long) i[5], (String) i[6], (Integer) i[7], (Long) i[8], (String) i[9], (String) i[10]));
        }
        return result;
    }

    private static String name(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    private static List<CoverageView.Share> shares(Iterable<Funded> requests, Function<Funded, String> key) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Funded f : requests) {
            long[] s = sums.computeIfAbsent(key.apply(f), k -> new long[3]);
            s[0]++;
            s[1] += f.requestedUsd();
            s[2] += f.fundedUsd();
        }
        List<CoverageView.Share> shares = new ArrayList<>();
        sums.forEach((k, s) -> shares.add(new CoverageView.Share(k, (int) s[0], s[1], s[2])));
        return shares;
    }
}
