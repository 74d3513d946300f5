package org.clearinghouse.accounts.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.clearinghouse.accounts.domain.UserAccount;
import org.clearinghouse.accounts.domain.UserAccountRepository;

/** Produces the {@link Caller} of the current request from the container's security context and the account. */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccountRepository accounts;

    private Caller resolved;

    /** The caller, looked up once per request ({@link Caller} is a record, so it is produced as a dependent value). */
    @Produces
    Caller caller() {
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    private Caller resolve() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Caller.ANONYMOUS;
        }
        return accounts.findByUsername(principal.getName())
                .filter(UserAccount::isEnabled)
                .map(CurrentCaller::toCaller)
                .orElse(Caller.ANONYMOUS);
    }

    private static Caller toCaller(UserAccount account) {
        String state = account.getState() == null ? null : account.getState().getCode();
        String donor =
                account.getOrganisation() != null ? account.getOrganisation().getCode() : state;
        return new Caller(account.getUsername(), account.getRole(), state, donor);
    }
}
