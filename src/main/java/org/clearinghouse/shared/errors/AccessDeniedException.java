package org.clearinghouse.shared.errors;

/** The signed-in caller may not do this. Answered with 403. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String detail) {
        super(detail);
    }
}
