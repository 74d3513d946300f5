package org.clearinghouse.accounts.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** Reads and writes user accounts. */
public interface UserAccountRepository {

    /** Fields {@link #find} may sort by. */
    Set<String> sortFields();

    Optional<UserAccount> findById(long id);

    Optional<UserAccount> findByUsername(String username);

    /** Inserts a new account or merges a changed one; returns the managed instance. */
    UserAccount save(UserAccount account);

    /** One page of the accounts matching the filter, sorted by one of {@link #sortFields()} (default "username"). */
    Page<UserAccount> find(UserAccountFilter filter, PageRequest page);

    /** The sign-in view of an account (enabled or not), by exact user name. */
    Optional<AccountCredentials> findCredentials(String username);

    /** The security stamp of an enabled account; empty when it is disabled or unknown. */
    java.util.OptionalLong enabledSecurityStamp(String username);

    /**
     * Replaces a password hash by a stronger one of the same password, only if it is still {@code oldHash}; the
     * version and the security stamp stay as they are (nothing the account holder or the admin did changed).
     */
    void upgradePasswordHash(String username, String oldHash, String newHash);

    /**
     * Disables the enabled accounts with these names that the demo data created (created by {@code demo}); returns
     * the names disabled.
     */
    List<String> disableDemoAccounts(java.util.Collection<String> usernames);

    /** How many accounts there are (0: an empty database). */
    long count();

    /**
     * The enabled accounts of a party that have an e-mail address, by id: the secretariat's, a recipient State's
     * ({@code code} its State code) or a donor's ({@code code} the State or organisation it gives for).
     */
    List<UserAccount> findMailable(Party party, String code);
}
