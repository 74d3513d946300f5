package org.clearinghouse.accounts.domain;

/** Filter of the account list; null means "any". {@code boundTo}: a State's ISO code or an organisation's code. */
public record UserAccountFilter(Role role, String boundTo, Boolean enabled) {

    public static final UserAccountFilter ANY = new UserAccountFilter(null, null, null);
}
