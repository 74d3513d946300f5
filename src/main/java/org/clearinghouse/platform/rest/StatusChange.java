package org.clearinghouse.platform.rest;

/** The optional body of a status change: the version the caller read, and a comment or reason. */
public record StatusChange(Long version, String comment) {

    public static Long versionOf(StatusChange change) {
        return change == null ? null : change.version();
    }
}
