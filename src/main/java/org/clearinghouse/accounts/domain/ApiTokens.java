package org.clearinghouse.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Personal API tokens: {@code chp_} followed by 43 characters of base64url, 256 random bits. Such a token cannot be
 * guessed, so a fast hash (SHA-256) is enough to store it: checking a token costs one hash and one indexed query,
 * not the deliberately slow password hash.
 */
public final class ApiTokens {

    public static final String PREFIX = "chp_";
    private static final int RANDOM_BYTES = 32;
    private static final Pattern SHAPE = Pattern.compile("chp_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {}

    /** A new random token. */
    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True when the text has the shape of a token (checked before any query). */
    public static boolean looksLikeToken(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    /** The stored form: SHA-256 of the token, in lower-case hex. */
    public static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The part shown in lists: the prefix and four characters. */
    public static String prefixOf(String token) {
        return token.substring(0, Math.min(token.length(), PREFIX.length() + 4));
    }
}
