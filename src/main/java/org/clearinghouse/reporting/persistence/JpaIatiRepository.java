package org.clearinghouse.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.reporting.domain.IatiRepository;

/** {@link IatiRepository} over JPA. */
@ApplicationScoped
public class JpaIatiRepository implements IatiRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaIatiRepository() {}

    public JpaIatiRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Commitment> findAll() {
        return em.createQuery("SELECT c FROM Commitment c ORDER BY c.id", Commitment.class)
                .getResultList();
    }

    @Override
    public List<Commitment> findPublishedOrConcerning(String stateCode, String donorCode) {
        return em.createQuery(
                        "SELECT c FROM Commitment c JOIN c.request r JOIN c.offer o"
                                + " LEFT JOIN o.donorState ds LEFT JOIN o.donorOrganisation dg"
                                + " WHERE r.publishSummaryConsent = TRUE OR r.recipientState.code = :state"
                                + " OR ds.code = :donor OR dg.code = :donor ORDER BY c.id",
                        Commitment.class)
                .setParameter("state", stateCode)
                .setParameter("donor", donorCode)
                .getResultList();
    }
}
