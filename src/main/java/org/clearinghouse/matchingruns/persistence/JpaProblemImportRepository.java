package org.clearinghouse.matchingruns.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.Rejection;
import org.clearinghouse.matchingruns.domain.ProblemImportRepository;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.shared.persistence.MultiRowInsert;

/**
 * {@link ProblemImportRepository} over JPA: one flush for the requests, offers and commitments (whose ids the import
 * answers with), then the rejections as rows, a few hundred per statement.
 */
@ApplicationScoped
public class JpaProblemImportRepository implements ProblemImportRepository {

    private static final MultiRowInsert REJECTIONS =
            MultiRowInsert.into("rejection", "request_id", "offer_id", "party", "rejected_by", "reason", "rejected_at");

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
        em.flush();
        // a file of 20,000 requests has some 58,000 rejections: a few hundred rows per statement, not one INSERT each
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS);
        List<Object[]> rows = new ArrayList<>(rejections.size());
        for (Rejection j : rejections) {
            rows.add(new Object[] {
                j.getRequest().getId(),
                j.getOffer().getId(),
                j.getParty().name(),
                j.getRejectedBy(),
                j.getReason(),
                j.getRejectedAt() == null ? now : j.getRejectedAt()
            });
        }
        REJECTIONS.write(em, rows);
    }
}
