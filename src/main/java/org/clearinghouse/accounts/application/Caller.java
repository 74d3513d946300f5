package org.clearinghouse.accounts.application;

import java.util.Objects;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.domain.PartyScope;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.AuthenticationRequiredException;

/**
 * Who is calling. {@code donorCode} is the State code or organisation code a DONOR gives for; {@code stateCode} is
 * the State a RECIPIENT (or a State's donor account) belongs to. Anonymous callers have no name and no role.
 */
public record Caller(String username, Role role, String stateCode, String donorCode) implements java.io.Serializable {

    public static final Caller ANONYMOUS = new Caller(null, null, null, null);

    public boolean isAnonymous() {
        return username == null;
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    public boolean isSecretariat() {
        return role == Role.SECRETARIAT;
    }

    /** Fails with 401 for an anonymous caller. */
    public Caller requireSignedIn() {
        if (isAnonymous()) {
            throw new AuthenticationRequiredException();
        }
        return this;
    }

    /** Fails with 401 when anonymous and 403 when the caller has none of the roles. */
    public Caller requireAnyRole(Role... roles) {
        requireSignedIn();
        for (Role allowed : roles) {
            if (role == allowed) {
                return this;
            }
        }
        throw new AccessDeniedException("Your role (" + role + ") may not do this.");
    }

    /** True when the caller is the recipient account of {@code state}. */
    public boolean isRecipientOf(String state) {
        return role == Role.RECIPIENT && Objects.equals(stateCode, state);
    }

    /** True when the caller is the donor account of {@code donor}. */
    public boolean isDonor(String donor) {
        return role == Role.DONOR && Objects.equals(donorCode, donor);
    }

    /**
     * The party whose lists a SECRETARIAT, RECIPIENT or DONOR caller reads: the secretariat everything, a recipient
     * its State's, anyone else its donor's (check the role first).
     */
    public PartyScope partyScope() {
        if (isSecretariat()) {
            return PartyScope.SECRETARIAT;
        }
        return is(Role.RECIPIENT) ? new PartyScope(Party.RECIPIENT, stateCode) : new PartyScope(Party.DONOR, donorCode);
    }
}
