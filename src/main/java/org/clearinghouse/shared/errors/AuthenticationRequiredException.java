package org.clearinghouse.shared.errors;

/** The action needs a signed-in caller and there is none. Answered with 401 and the Basic challenge. */
public class AuthenticationRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuthenticationRequiredException() {
        super("Sign in to do this: send your user name and password with HTTP Basic authentication.");
    }
}
