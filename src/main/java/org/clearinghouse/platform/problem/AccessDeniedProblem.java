package org.clearinghouse.platform.problem;

/** The signed-in caller may not do this. Answered with 403. */
public class AccessDeniedProblem extends RuntimeException {

    public AccessDeniedProblem(String detail) {
        super(detail);
    }
}
