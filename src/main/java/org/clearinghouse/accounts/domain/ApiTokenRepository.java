package org.clearinghouse.accounts.domain;

import java.util.List;
import java.util.Optional;

/** Reads and writes personal API tokens. */
public interface ApiTokenRepository {

    ApiToken add(ApiToken token);

    /** The tokens of an account, newest first, revoked ones included. */
    List<ApiToken> findByAccount(String username);

    /** A token of the given account, by id; empty when it is another account's or unknown. */
    Optional<ApiToken> findOwn(String username, long id);

    /** The sign-in view of the enabled account whose valid (not revoked) token has this hash. */
    Optional<AccountCredentials> findAccountOfValidToken(String tokenHash);
}
