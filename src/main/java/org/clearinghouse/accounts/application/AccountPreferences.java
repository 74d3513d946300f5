package org.clearinghouse.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.clearinghouse.accounts.domain.UserAccountRepository;

/** What a signed-in person keeps between sessions: the language of the pages, and the name shown in the header. */
@ApplicationScoped
@Transactional
public class AccountPreferences {

    /** The name and language of an account. */
    public record Profile(String username, String fullName, Locale preferredLocale) {}

    @Inject
    UserAccountRepository accounts;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Profile> profile(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return accounts.findByUsername(username)
                .map(a -> new Profile(a.getUsername(), a.getFullName(), a.getPreferredLocale()));
    }

    /** Remembers the caller's language (does nothing for an anonymous caller). */
    public void setPreferredLocale(Caller caller, Locale locale) {
        if (caller.isAnonymous() || locale == null) {
            return;
        }
        accounts.findByUsername(caller.username()).ifPresent(account -> {
            if (!locale.equals(account.getPreferredLocale())) {
                account.setPreferredLocale(locale);
                accounts.save(account);
            }
        });
    }

    /** The account's language, for the sign-in step (before the caller is known to the request). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Locale> preferredLocale(String username) {
        return profile(username).map(Profile::preferredLocale);
    }
}
