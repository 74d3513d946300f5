package org.clearinghouse.platform.problem;

/** The resource changed since the caller read it (stale version) or is in a state that forbids the action. 409. */
public class ConflictProblem extends RuntimeException {

    public ConflictProblem(String detail) {
        super(detail);
    }

    public static ConflictProblem staleVersion(String what, Object id, long expected, long actual) {
        return new ConflictProblem(what + " " + id + " was changed by someone else (your version " + expected
                + ", current version " + actual + "). Reload it and apply your change again.");
    }
}
