package org.clearinghouse.shared.errors;

/** The resource changed since the caller read it (stale version) or is in a state that forbids the action. 409. */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(detail);
    }

    public static ConflictException staleVersion(String what, Object id, long expected, long actual) {
        return new ConflictException(what + " " + id + " was changed by someone else (your version " + expected
                + ", current version " + actual + "). Reload it and apply your change again.");
    }
}
