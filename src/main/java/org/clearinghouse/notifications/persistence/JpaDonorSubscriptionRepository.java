package org.clearinghouse.notifications.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.notifications.domain.DonorSubscription;
import org.clearinghouse.notifications.domain.DonorSubscriptionRepository;

/** {@link DonorSubscriptionRepository} over JPA. */
@ApplicationScoped
public class JpaDonorSubscriptionRepository implements DonorSubscriptionRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaDonorSubscriptionRepository() {}

    public JpaDonorSubscriptionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<DonorSubscription> findByDonor(String donorCode) {
        return Optional.ofNullable(em.find(DonorSubscription.class, donorCode));
    }

    @Override
    public void add(DonorSubscription subscription) {
        em.persist(subscription);
    }

    @Override
    public List<DonorSubscription> findActive() {
        return em.createQuery(
                        "SELECT s FROM DonorSubscription s WHERE s.active = TRUE" + " ORDER BY s.donorCode",
                        DonorSubscription.class)
                .getResultList();
    }
}
