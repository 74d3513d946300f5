package org.clearinghouse.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.accounts.domain.UserAccount;
import org.clearinghouse.shared.domain.Party;

/** The enabled accounts of a party that have an e-mail address. */
@ApplicationScoped
public class Addressees {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public List<UserAccount> of(Party party, String code) {
        String jpql = "SELECT a FROM UserAccount a LEFT JOIN a.state s LEFT JOIN a.organisation o"
                + " WHERE a.enabled = TRUE AND a.email IS NOT NULL AND a.role = :role";
        return switch (party) {
            case SECRETARIAT -> em.createQuery(jpql + " ORDER BY a.id", UserAccount.class)
                    .setParameter("role", Role.SECRETARIAT).getResultList();
            case RECIPIENT -> em.createQuery(jpql + " AND s.code = :code ORDER BY a.id", UserAccount.class)
                    .setParameter("role", Role.RECIPIENT).setParameter("code", code).getResultList();
            case DONOR -> em.createQuery(jpql + " AND (s.code = :code OR o.code = :code) ORDER BY a.id",
                    UserAccount.class).setParameter("role", Role.DONOR).setParameter("code", code).getResultList();
        };
    }
}
