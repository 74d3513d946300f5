package org.clearinghouse.accounts.application;

import java.time.Duration;
import java.util.Set;
import org.clearinghouse.accounts.domain.Role;

/** What a sign-in attempt (password or API token) came to. */
public sealed interface SignInOutcome {

    /** Signed in: the account's name as stored, its role, and the security stamp its session is bound to. */
    record SignedIn(String username, Role role, long securityStamp) implements SignInOutcome {

        /** The caller's groups for the container: its role. */
        public Set<String> groups() {
            return Set.of(role.name());
        }
    }

    /** Wrong name, password or token, or a disabled account: one answer for all of them. */
    record Refused() implements SignInOutcome {}

    /** Too many failures for the name or the address: refused without checking, until {@code retryAfter} passes. */
    record Throttled(Duration retryAfter) implements SignInOutcome {

        /** Whole seconds, rounded up, for {@code Retry-After}. */
        public long seconds() {
            long seconds = retryAfter.toSeconds();
            return retryAfter.minusSeconds(seconds).isZero() ? Math.max(1, seconds) : seconds + 1;
        }
    }
}
