package org.clearinghouse.accounts.domain;

/**
 * What a sign-in needs to know of an account, read in one query whether the account exists or not: its name as
 * stored, the password hash, role, whether it is enabled, and its security stamp.
 */
public record AccountCredentials(
        String username, String passwordHash, Role role, boolean enabled, long securityStamp) {}
