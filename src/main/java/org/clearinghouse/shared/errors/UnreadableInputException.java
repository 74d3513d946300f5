package org.clearinghouse.shared.errors;

/** The body cannot be read at all (malformed JSON, for example). Answered with 400. */
public class UnreadableInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableInputException(String detail) {
        super(detail);
    }
}
