package org.clearinghouse.accounts.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Hashes new passwords with the same PBKDF2 settings the identity store verifies with. */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final String ITERATIONS = "20000";
    static final String SALT_BYTES = "16";
    static final String KEY_BYTES = "32";

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", ITERATIONS,
                "Pbkdf2PasswordHash.SaltSizeBytes", SALT_BYTES,
                "Pbkdf2PasswordHash.KeySizeBytes", KEY_BYTES));
    }

    /** A salted hash in the store's format ({@code algorithm:iterations:salt:hash}); never the password itself. */
    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }
}
