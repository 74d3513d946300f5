package org.clearinghouse.shared.errors;

/** The addressed resource does not exist (or the caller may not know that it does). Answered with 404. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist.");
    }
}
