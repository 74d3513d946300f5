package org.clearinghouse.platform.problem;

/** The action needs a signed-in caller and there is none. Answered with 401 and the Basic challenge. */
public class AuthenticationRequiredProblem extends RuntimeException {

    public AuthenticationRequiredProblem() {
        super("Sign in to do this: send your user name and password with HTTP Basic authentication.");
    }
}
