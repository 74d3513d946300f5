package org.clearinghouse.matchingruns.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.Rejection;
import org.clearinghouse.matchingruns.domain.ProblemImportRepository;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.requests.domain.AssistanceRequest;

/** {@link ProblemImportRepository} over JPA: one flush for the whole file. */
@ApplicationScoped
public class JpaProblemImportRepository implements ProblemImportRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaProblemImportRepository() {}

    public JpaProblemImportRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void addAll(
            Collection<AssistanceRequest> requests,
            Collection<AssistanceOffer> offers,
            Collection<Commitment> commitments,
            Collection<Rejection> rejections) {
        requests.forEach(em::persist);
        offers.forEach(em::persist);
        commitments.forEach(em::persist);
        rejections.forEach(em::persist);
        em.flush();
    }
}
