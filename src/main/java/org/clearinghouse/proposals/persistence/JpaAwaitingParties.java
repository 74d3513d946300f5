package org.clearinghouse.proposals.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.shared.domain.AwaitingParties;

/** {@link AwaitingParties} over JPA: proposals ENDORSED, RECIPIENT_ACCEPTED or DONOR_ACCEPTED. */
@ApplicationScoped
public class JpaAwaitingParties implements AwaitingParties {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    @Override
    public boolean requestAwaitingParties(long requestId) {
        return any("SELECT COUNT(p) FROM Proposal p WHERE p.request.id = :id AND p.state IN :awaiting", requestId);
    }

    @Override
    public boolean offerAwaitingParties(long offerId) {
        return any("SELECT COUNT(p) FROM Proposal p WHERE p.offer.id = :id AND p.state IN :awaiting", offerId);
    }

    private boolean any(String jpql, long id) {
        List<ProposalState> awaiting = Arrays.stream(ProposalState.values())
                .filter(ProposalState::isPinnedByRuns)
                .toList();
        return em.createQuery(jpql, Long.class)
                        .setParameter("id", id)
                        .setParameter("awaiting", awaiting)
                        .getSingleResult()
                > 0;
    }
}
