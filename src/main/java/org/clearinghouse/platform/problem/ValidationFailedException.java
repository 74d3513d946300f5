package org.clearinghouse.platform.problem;

import java.util.List;

/** Input that breaks one or more rules; every broken rule is listed. Answered with 422. */
public class ValidationFailedException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public ValidationFailedException(List<Problem.FieldError> errors) {
        super(errors.size() + " invalid field(s): " + errors);
        this.errors = List.copyOf(errors);
    }

    public static ValidationFailedException of(String field, String message) {
        return new ValidationFailedException(List.of(new Problem.FieldError(field, message)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
