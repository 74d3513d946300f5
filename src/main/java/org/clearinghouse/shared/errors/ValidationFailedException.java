package org.clearinghouse.shared.errors;

import java.util.List;

/** Input that breaks one or more rules; every broken rule is listed. Answered with 422. */
public class ValidationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationFailedException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s): " + errors);
        this.errors = List.copyOf(errors);
    }

    public static ValidationFailedException of(String field, String message) {
        return new ValidationFailedException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
