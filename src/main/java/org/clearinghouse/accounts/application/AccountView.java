package org.clearinghouse.accounts.application;

import org.clearinghouse.accounts.domain.UserAccount;

/** An account as the admin sees it; never the password hash. */
public record AccountView(
        long id,
        String username,
        String role,
        String boundTo,
        String fullName,
        String email,
        String preferredLocale,
        boolean enabled,
        long version) {

    public static AccountView of(UserAccount a) {
        return new AccountView(
                a.getId(),
                a.getUsername(),
                a.getRole().name(),
                a.boundTo() == null ? null : a.boundTo().donorCode(),
                a.getFullName(),
                a.getEmail(),
                a.getPreferredLocale().toLanguageTag(),
                a.isEnabled(),
                a.getVersion());
    }
}
