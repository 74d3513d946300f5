package org.clearinghouse.accounts.domain;

/** The one role of an account; the names are the security roles the application declares. */
public enum Role {
    /** Acts for a recipient State (bound to it). */
    RECIPIENT,
    /** Acts for a donor: a State or an organisation (bound to it). */
    DONOR,
    /** Reviews requests and proposals; bound to nothing. */
    SECRETARIAT,
    /** Manages accounts and reference data; bound to nothing. */
    ADMIN
}
