package org.clearinghouse.platform.problem;

/** The body cannot be read at all (malformed JSON, for example). Answered with 400. */
public class MalformedInputProblem extends RuntimeException {

    public MalformedInputProblem(String detail) {
        super(detail);
    }
}
