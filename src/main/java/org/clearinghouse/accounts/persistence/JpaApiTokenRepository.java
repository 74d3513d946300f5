package org.clearinghouse.accounts.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.accounts.domain.AccountCredentials;
import org.clearinghouse.accounts.domain.ApiToken;
import org.clearinghouse.accounts.domain.ApiTokenRepository;

/** {@link ApiTokenRepository} over JPA. */
@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaApiTokenRepository() {}

    public JpaApiTokenRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public ApiToken add(ApiToken token) {
        em.persist(token);
        em.flush();
        return token;
    }

    @Override
    public List<ApiToken> findByAccount(String username) {
        return em.createQuery(
                        "SELECT t FROM ApiToken t WHERE t.account.username = :username ORDER BY t.id DESC",
                        ApiToken.class)
                .setParameter("username", username)
                .getResultList();
    }

    @Override
    public Optional<ApiToken> findOwn(String username, long id) {
        return em.createQuery(
                        "SELECT t FROM ApiToken t WHERE t.id = :id AND t.account.username = :username", ApiToken.class)
                .setParameter("id", id)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<AccountCredentials> findAccountOfValidToken(String tokenHash) {
        return em.createQuery(
                        "SELECT NEW org.clearinghouse.accounts.domain.AccountCredentials(a.username, a.passwordHash,"
                                + " a.role, a.enabled, a.securityStamp) FROM ApiToken t JOIN t.account a"
                                + " WHERE t.tokenHash = :hash AND t.revokedAt IS NULL AND a.enabled = TRUE",
                        AccountCredentials.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }
}
