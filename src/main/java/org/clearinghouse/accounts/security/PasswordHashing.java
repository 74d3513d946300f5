package org.clearinghouse.accounts.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * Password hashes at today's OWASP strength: PBKDF2-HMAC-SHA256 with 600,000 iterations, a 16-byte random salt and a
 * 32-byte key, derived by {@link Pbkdf2} (the JDK's keys, in less time). The stored form describes itself,
 * {@code PBKDF2WithHmacSHA256:600000:base64salt:base64hash} (the format of Jakarta Security's
 * {@code Pbkdf2PasswordHash}), so hashes made with fewer iterations or another PBKDF2 digest still verify, and
 * {@link #needsUpgrade} tells when one should be replaced at the next successful sign-in. A password checked for a
 * user that does not exist is verified against a dummy hash of the same strength, so that such an answer costs the
 * same time as a wrong password.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 600_000;
    static final int SALT_BYTES = 16;
    static final int KEY_BYTES = 32;
    private static final Set<String> KNOWN_ALGORITHMS =
            Set.of("PBKDF2WithHmacSHA224", "PBKDF2WithHmacSHA256", "PBKDF2WithHmacSHA384", "PBKDF2WithHmacSHA512");

    private final SecureRandom random = new SecureRandom();
    private int iterations;
    private volatile String dummy;

    public PasswordHashing() {
        this(ITERATIONS);
    }

    /** With another iteration count: for tests, and to read what older settings made. */
    public PasswordHashing(int iterations) {
        this.iterations = iterations;
    }

    /** A salted hash in the stored format; never the password itself. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(ALGORITHM, password, salt, iterations, KEY_BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }

    /**
     * True when {@code password} matches {@code stored}. A null or unreadable {@code stored} (no such user) costs the
     * same: the password is checked against a dummy hash, and the answer is false.
     */
    public boolean verify(String password, String stored) {
        Parsed parsed = Parsed.of(stored);
        if (parsed == null) {
            Parsed fake = Parsed.of(dummyHash());
            derive(fake.algorithm(), password == null ? "" : password, fake.salt(), fake.iterations(), fake.keyBytes());
            return false;
        }
        byte[] key = derive(
                parsed.algorithm(),
                password == null ? "" : password,
                parsed.salt(),
                parsed.iterations(),
                parsed.keyBytes());
        return MessageDigest.isEqual(key, parsed.key());
    }

    /** True when {@code stored} was made with weaker settings than today's (another digest, fewer iterations). */
    public boolean needsUpgrade(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null
                || !parsed.algorithm().equals(ALGORITHM)
                || parsed.iterations() < iterations
                || parsed.keyBytes() < KEY_BYTES
                || parsed.salt().length < SALT_BYTES;
    }

    /** The iterations of new hashes. */
    public int iterations() {
        return iterations;
    }

    private String dummyHash() {
        String made = dummy;
        if (made == null) {
            byte[] secret = new byte[24];
            random.nextBytes(secret);
            made = hash(Base64.getEncoder().encodeToString(secret));
            dummy = made;
        }
        return made;
    }

    private static byte[] derive(String algorithm, String password, byte[] salt, int iterations, int keyBytes) {
        char[] chars = password.toCharArray();
        try {
            return Pbkdf2.of(algorithm).derive(chars, salt, iterations, keyBytes);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** A stored hash, read. */
    private record Parsed(String algorithm, int iterations, byte[] salt, byte[] key) {

        int keyBytes() {
            return key.length;
        }

        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split(":");
            if (parts.length != 4 || !KNOWN_ALGORITHMS.contains(parts[0])) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] key = Base64.getDecoder().decode(parts[3]);
                if (iterations < 1 || salt.length == 0 || key.length == 0) {
                    return null;
                }
                return new Parsed(parts[0], iterations, salt, key);
            } catch (IllegalArgumentException unreadable) {
                return null;
            }
        }
    }
}
