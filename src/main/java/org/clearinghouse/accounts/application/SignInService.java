package org.clearinghouse.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.clearinghouse.accounts.domain.AccountCredentials;
import org.clearinghouse.accounts.domain.ApiTokenRepository;
import org.clearinghouse.accounts.domain.ApiTokens;
import org.clearinghouse.accounts.domain.UserAccountRepository;
import org.clearinghouse.accounts.security.PasswordHashing;
import org.clearinghouse.accounts.security.SignInThrottle;
import org.clearinghouse.accounts.security.VerifiedPasswords;
import org.clearinghouse.shared.security.SecurityEvent;
import org.clearinghouse.shared.security.SecurityEventType;

/**
 * Checks a sign-in, by password (the sign-in form, HTTP Basic) or by personal API token (HTTP Bearer), and decides
 * whether an open session still holds. Throttled names and addresses are refused before anything is checked, even
 * with the right password. A wrong password, an unknown name and a disabled account get the same answer after the
 * same work: one query, one full password hash (a dummy one when there is no usable account), one audit entry.
 */
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    PasswordHashing passwords;

    @Inject
    VerifiedPasswords verified;

    @Inject
    SignInThrottle throttle;

    @Inject
    PasswordUpgrade upgrade;

    @Inject
    Event<SecurityEvent> events;

    /** A sign-in with user name and password; {@code via} says how ("form", "basic") for the audit log. */
    public SignInOutcome withPassword(String username, String password, String address, String via) {
        Optional<Duration> wait = throttle.retryAfter(username, address);
        if (wait.isPresent()) {
            return throttled(username, address, via, wait.get());
        }
        AccountCredentials account = username == null || username.isBlank()
                ? null
                : accounts.findCredentials(username)
                        .filter(AccountCredentials::enabled)
                        .orElse(null);
        if (account != null && verified.matches(account.username(), password, account.securityStamp())) {
            throttle.succeeded(username);
            return new SignInOutcome.SignedIn(account.username(), account.role(), account.securityStamp());
        }
        boolean valid = passwords.verify(password, account == null ? null : account.passwordHash());
        if (!valid) {
            throttle.failed(username, address);
            events.fire(new SecurityEvent(
                    SecurityEventType.SIGN_IN_FAILED,
                    truncate(username),
                    null,
                    address,
                    "Wrong user name or password, or a disabled account (" + via + ")."));
            return new SignInOutcome.Refused();
        }
        throttle.succeeded(username);
        if (passwords.needsUpgrade(account.passwordHash())) {
            upgrade.replace(account.username(), account.passwordHash(), passwords.hash(password));
            LOG.info(() -> "Password hash of " + account.username() + " upgraded to " + passwords.iterations()
                    + " PBKDF2 iterations");
        }
        verified.remember(account.username(), password, account.securityStamp());
        return new SignInOutcome.SignedIn(account.username(), account.role(), account.securityStamp());
    }

    /** A call with a personal API token ({@code Authorization: Bearer chp_...}). */
    public SignInOutcome withToken(String token, String address) {
        Optional<Duration> wait = throttle.retryAfter(null, address);
        if (wait.isPresent()) {
            return throttled(null, address, "bearer", wait.get());
        }
        Optional<AccountCredentials> account = ApiTokens.looksLikeToken(token)
                ? tokens.findAccountOfValidToken(ApiTokens.hashOf(token))
                : Optional.empty();
        if (account.isEmpty()) {
            throttle.failed(null, address);
            events.fire(new SecurityEvent(
                    SecurityEventType.SIGN_IN_FAILED,
                    null,
                    token != null && token.startsWith(ApiTokens.PREFIX) ? ApiTokens.prefixOf(token) : null,
                    address,
                    "Unknown or revoked API token, or a disabled account (bearer)."));
            return new SignInOutcome.Refused();
        }
        AccountCredentials found = account.get();
        return new SignInOutcome.SignedIn(found.username(), found.role(), found.securityStamp());
    }

    /** True while the account is enabled and has the security stamp the session was opened with. */
    public boolean sessionStillValid(String username, long securityStamp) {
        var current = accounts.enabledSecurityStamp(username);
        return current.isPresent() && current.getAsLong() == securityStamp;
    }

    private SignInOutcome throttled(String username, String address, String via, Duration wait) {
        SignInOutcome.Throttled outcome = new SignInOutcome.Throttled(wait);
        events.fire(new SecurityEvent(
                SecurityEventType.SIGN_IN_THROTTLED,
                truncate(username),
                null,
                address,
                "Too many failed sign-ins (" + throttle + "); refused for " + outcome.seconds() + " s (" + via + ")."));
        return outcome;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 100 ? text : text.substring(0, 100);
    }
}
