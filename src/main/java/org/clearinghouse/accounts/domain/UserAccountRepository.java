package org.clearinghouse.accounts.domain;

import java.util.Optional;
import java.util.Set;
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
}
