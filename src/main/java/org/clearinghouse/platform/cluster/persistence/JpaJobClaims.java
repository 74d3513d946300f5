package org.clearinghouse.platform.cluster.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.clearinghouse.platform.cluster.JobClaims;
import org.clearinghouse.shared.domain.DatabaseTime;

/** {@link JobClaims} over the tables cluster_guard and job_claim. */
@ApplicationScoped
public class JpaJobClaims implements JobClaims {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaJobClaims() {}

    public JpaJobClaims(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String claim(String job, String slot, String node) {
        em.createNativeQuery("SELECT name FROM cluster_guard WHERE name = ? FOR UPDATE")
                .setParameter(1, job)
                .getSingleResult();
        List<?> holders = em.createNativeQuery("SELECT node FROM job_claim WHERE job = ? AND slot = ?")
                .setParameter(1, job)
                .setParameter(2, slot)
                .getResultList();
        if (!holders.isEmpty()) {
            return (String) holders.get(0);
        }
        em.createNativeQuery("INSERT INTO job_claim (job, slot, node, claimed_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, job)
                .setParameter(2, slot)
                .setParameter(3, node)
                .setParameter(4, DatabaseTime.now())
                .executeUpdate();
        return node;
    }
}
