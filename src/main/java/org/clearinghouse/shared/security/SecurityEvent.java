package org.clearinghouse.shared.security;

import java.util.Objects;

/**
 * Something that matters to the security of the platform (a refused sign-in, a changed role, a new API token, a
 * refused access to another party's record), fired as a CDI event by the feature where it happens and kept by the
 * audit log. {@code actor}: who did it (a user name, or the name tried at a sign-in; null when unknown);
 * {@code subject}: what it was done to (an account, a token, a path); {@code address}: the client's address, if
 * known; {@code detail}: a short explanation in English for the administrators.
 */
public record SecurityEvent(SecurityEventType type, String actor, String subject, String address, String detail) {

    public SecurityEvent {
        Objects.requireNonNull(type, "type");
    }
}
