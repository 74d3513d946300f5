package org.clearinghouse.shared.security;

/** The kinds of {@link SecurityEvent}; their names are stored in the audit log, so never rename one. */
public enum SecurityEventType {
    /** A sign-in (form, HTTP Basic or API token) with a wrong user name, password or token. */
    SIGN_IN_FAILED,
    /** A sign-in refused without checking the password: too many failures for the name or the address. */
    SIGN_IN_THROTTLED,
    /** An account was created. */
    ACCOUNT_CREATED,
    /** An account's role changed. */
    ROLE_CHANGED,
    /** An account's binding (the State or organisation it acts for) changed. */
    BINDING_CHANGED,
    /** An account was enabled or disabled. */
    ACCOUNT_ENABLED_CHANGED,
    /** An account's password was set by an administrator. */
    PASSWORD_CHANGED,
    /** A demo account was disabled because the demo data is off. */
    DEMO_ACCOUNT_DISABLED,
    /** A personal API token was created. */
    TOKEN_CREATED,
    /** A personal API token was revoked. */
    TOKEN_REVOKED,
    /** A signed-in caller was refused an action or a record (403). */
    ACCESS_REFUSED,
    /** An administrator downloaded a backup of the database. */
    BACKUP_DOWNLOADED
}
