package org.clearinghouse.shared.errors;

/** The signed-in caller may not do this. Answered with 403. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String detail) {
        super(detail);
    }
}
