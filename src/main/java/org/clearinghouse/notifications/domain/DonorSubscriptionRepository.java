package org.clearinghouse.notifications.domain;

import java.util.List;
import java.util.Optional;

/** Reads and writes donors' subscriptions to new needs (one per donor code). */
public interface DonorSubscriptionRepository {

    Optional<DonorSubscription> findByDonor(String donorCode);

    /** Adds a new subscription (written at the next flush or at the commit). */
    void add(DonorSubscription subscription);

    /** The active subscriptions, by donor code. */
    List<DonorSubscription> findActive();
}
