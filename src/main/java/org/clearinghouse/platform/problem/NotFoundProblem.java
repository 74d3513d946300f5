package org.clearinghouse.platform.problem;

/** The addressed resource does not exist (or the caller may not know that it does). Answered with 404. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String what, Object id) {
        super(what + " " + id + " does not exist.");
    }
}
