package org.clearinghouse.accounts.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.clearinghouse.accounts.domain.AccountCredentials;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.accounts.domain.UserAccount;
import org.clearinghouse.accounts.domain.UserAccountFilter;
import org.clearinghouse.accounts.domain.UserAccountRepository;
import org.clearinghouse.directory.domain.Organisation;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortableFields;
import org.clearinghouse.shared.persistence.Repositories;

/** {@link UserAccountRepository} over JPA. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    static final SortableFields<UserAccount> SORTABLE = SortableFields.<UserAccount>builder()
            .attribute("username")
            .attribute("id")
            .attribute("role")
            .attribute("fullName")
            .attribute("enabled")
            .attribute("createdAt")
            .attribute("updatedAt")
            .build();

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    public JpaUserAccountRepository() {}

    public JpaUserAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> sortFields() {
        return SORTABLE.names();
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<AccountCredentials> findCredentials(String username) {
        return em.createQuery(
                        "SELECT NEW org.clearinghouse.accounts.domain.AccountCredentials(u.username, u.passwordHash,"
                                + " u.role, u.enabled, u.securityStamp) FROM UserAccount u WHERE u.username = :username",
                        AccountCredentials.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public OptionalLong enabledSecurityStamp(String username) {
        return em.createQuery(
                        "SELECT u.securityStamp FROM UserAccount u WHERE u.username = :username AND u.enabled = TRUE",
                        Long.class)
                .setParameter("username", username)
                .getResultStream()
                .mapToLong(Long::longValue)
                .findFirst();
    }

    @Override
    public void upgradePasswordHash(String username, String oldHash, String newHash) {
        em.createQuery("UPDATE UserAccount u SET u.passwordHash = :newHash"
                        + " WHERE u.username = :username AND u.passwordHash = :oldHash")
                .setParameter("newHash", newHash)
                .setParameter("username", username)
                .setParameter("oldHash", oldHash)
                .executeUpdate();
    }

    @Override
    public List<String> disableDemoAccounts(Collection<String> usernames) {
        List<UserAccount> left = em.createQuery(
                        "SELECT u FROM UserAccount u WHERE u.username IN :names AND u.enabled = TRUE"
                                + " AND u.createdBy = 'demo' ORDER BY u.username",
                        UserAccount.class)
                .setParameter("names", usernames)
                .getResultList();
        for (UserAccount account : left) {
            account.setEnabled(false);
            account.renewSecurityStamp();
            account.setActingUser("system");
        }
        em.flush();
        return left.stream().map(UserAccount::getUsername).toList();
    }

    @Override
    public UserAccount save(UserAccount account) {
        return Repositories.save(em, account, account.getId() == null);
    }

    @Override
    public Page<UserAccount> find(UserAccountFilter filter, PageRequest page) {
        UserAccountFilter f = filter == null ? UserAccountFilter.ANY : filter;
        return Repositories.page(em, UserAccount.class, (cb, query, root) -> predicates(cb, root, f), SORTABLE, page);
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM UserAccount a", Long.class).getSingleResult();
    }

    @Override
    public List<UserAccount> findMailable(Party party, String code) {
        String jpql = "SELECT a FROM UserAccount a LEFT JOIN a.state s LEFT JOIN a.organisation o"
                + " WHERE a.enabled = TRUE AND a.email IS NOT NULL AND a.role = :role";
        return switch (party) {
            case SECRETARIAT ->
                em.createQuery(jpql + " ORDER BY a.id", UserAccount.class)
                        .setParameter("role", Role.SECRETARIAT)
                        .getResultList();
            case RECIPIENT ->
                em.createQuery(jpql + " AND s.code = :code ORDER BY a.id", UserAccount.class)
                        .setParameter("role", Role.RECIPIENT)
                        .setParameter("code", code)
                        .getResultList();
            case DONOR ->
                em.createQuery(jpql + " AND (s.code = :code OR o.code = :code) ORDER BY a.id", UserAccount.class)
                        .setParameter("role", Role.DONOR)
                        .setParameter("code", code)
                        .getResultList();
        };
    }

    private static List<Predicate> predicates(CriteriaBuilder cb, Root<UserAccount> u, UserAccountFilter f) {
        List<Predicate> predicates = new ArrayList<>();
        if (f.role() != null) {
            predicates.add(cb.equal(u.get("role"), f.role()));
        }
        if (f.enabled() != null) {
            predicates.add(cb.equal(u.get("enabled"), f.enabled()));
        }
        if (f.boundTo() != null) {
            Join<UserAccount, State> state = u.join("state", JoinType.LEFT);
            Join<UserAccount, Organisation> organisation = u.join("organisation", JoinType.LEFT);
            predicates.add(
                    cb.or(cb.equal(state.get("code"), f.boundTo()), cb.equal(organisation.get("code"), f.boundTo())));
        }
        return predicates;
    }
}
