package org.clearinghouse.matchingruns.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.clearinghouse.matchingruns.domain.RunCoverageRepository;

/** {@link RunCoverageRepository} over JPA: projections of the run's rows, read in one query each. */
@ApplicationScoped
public class JpaRunCoverageRepository implements RunCoverageRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaRunCoverageRepository() {}

    public JpaRunCoverageRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<RequestCoverage> unfundedOf(long runId) {
        List<RequestCoverage> result = new ArrayList<>();
        for (Object[] u : em.createQuery(
                        "SELECT r.id, r.priority, r.area, rs.region, u.requestedUsd, u.fundedUsd"
                                + " FROM UnfundedRequest u JOIN u.request r JOIN r.recipientState rs WHERE u.run.id = :run",
                        Object[].class)
                .setParameter("run", runId)
                .getResultList()) {
            result.add(
                    new RequestCoverage((Long) u[0], (Integer) u[1], name(u[2]), name(u[3]), (Long) u[4], (Long) u[5]));
        }
        return result;
    }

    @Override
    public List<RequestCoverage> proposedOf(long runId) {
        List<RequestCoverage> result = new ArrayList<>();
        for (Object[] p : em.createQuery(
                        "SELECT DISTINCT r.id, r.priority, r.area, rs.region, r.amountUsd"
                                + " FROM Proposal p JOIN p.request r JOIN r.recipientState rs WHERE p.run.id = :run",
                        Object[].class)
                .setParameter("run", runId)
                .getResultList()) {
            result.add(
                    new RequestCoverage((Long) p[0], (Integer) p[1], name(p[2]), name(p[3]), (Long) p[4], (Long) p[4]));
        }
        return result;
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
