package org.clearinghouse.cohort.exchange;

import java.util.List;

/** Thrown when an input has problems; carries all of them, not only the first. */
public class InvalidProblemException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ValidationProblem> problems;

    public InvalidProblemException(List<ValidationProblem> problems) {
        super(problems.size() + " problem(s) in the input, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> getProblems() {
        return problems;
    }
}
