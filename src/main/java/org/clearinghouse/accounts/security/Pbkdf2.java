package org.clearinghouse.accounts.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * PBKDF2 with HMAC-SHA-2 (RFC 8018 §5.2), giving the same keys as the JDK's {@code PBKDF2WithHmacSHA*} for the same
 * password, salt, iteration count and length (PasswordHashing's test compares the two), in about two thirds of its
 * time. The JDK's HMAC digests the padded key block again in every iteration; here the digest states after the inner
 * and the outer key block are computed once and copied, so each iteration digests only its 32- or 64-byte input
 * twice. An attacker's optimised code skips that work too, so doing it here costs no strength and lets the server
 * answer a sign-in sooner at the same iteration count. Only the JDK's {@link MessageDigest} does the hashing.
 */
final class Pbkdf2 {

    private final String digestAlgorithm;
    private final int blockBytes;

    private Pbkdf2(String digestAlgorithm, int blockBytes) {
        this.digestAlgorithm = digestAlgorithm;
        this.blockBytes = blockBytes;
    }

    /** For a stored algorithm name such as {@code PBKDF2WithHmacSHA256}; null when it is not one of SHA-2's. */
    static Pbkdf2 of(String algorithm) {
        return switch (algorithm) {
            case "PBKDF2WithHmacSHA224" -> new Pbkdf2("SHA-224", 64);
            case "PBKDF2WithHmacSHA256" -> new Pbkdf2("SHA-256", 64);
            case "PBKDF2WithHmacSHA384" -> new Pbkdf2("SHA-384", 128);
            case "PBKDF2WithHmacSHA512" -> new Pbkdf2("SHA-512", 128);
            default -> null;
        };
    }

    /** The derived key of {@code keyBytes} bytes; the password is encoded in UTF-8, as the JDK does. */
    byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
        byte[] secret = utf8(password);
        try {
            MessageDigest inner = keyed(secret, (byte) 0x36);
            MessageDigest outer = keyed(secret, (byte) 0x5c);
            int hashBytes = inner.getDigestLength();
            byte[] key = new byte[keyBytes];
            byte[] u = new byte[hashBytes];
            byte[] t = new byte[hashBytes];
            for (int block = 1, done = 0; done < keyBytes; block++, done += hashBytes) {
                MessageDigest first = copy(inner);
                first.update(salt);
                first.update(
                        new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
                first.digest(u, 0, hashBytes);
                finish(outer, u, hashBytes);
                System.arraycopy(u, 0, t, 0, hashBytes);
                for (int i = 1; i < iterations; i++) {
                    MessageDigest next = copy(inner);
                    next.update(u, 0, hashBytes);
                    next.digest(u, 0, hashBytes);
                    finish(outer, u, hashBytes);
                    for (int j = 0; j < hashBytes; j++) {
                        t[j] ^= u[j];
                    }
                }
                System.arraycopy(t, 0, key, done, Math.min(hashBytes, keyBytes - done));
            }
            Arrays.fill(u, (byte) 0);
            Arrays.fill(t, (byte) 0);
            return key;
        } catch (DigestException | NoSuchAlgorithmException | CloneNotSupportedException e) {
            throw new IllegalStateException("PBKDF2 is not available with " + digestAlgorithm, e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** A digest that has taken in the HMAC key block XORed with {@code pad}. */
    private MessageDigest keyed(byte[] secret, byte pad) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance(digestAlgorithm);
        byte[] key = secret.length > blockBytes ? digest.digest(secret) : secret;
        byte[] block = new byte[blockBytes];
        for (int i = 0; i < blockBytes; i++) {
            block[i] = (byte) ((i < key.length ? key[i] : 0) ^ pad);
        }
        digest.update(block);
        Arrays.fill(block, (byte) 0);
        return digest;
    }

    /** {@code u} := the outer digest of {@code u} (the second half of HMAC). */
    private static void finish(MessageDigest outer, byte[] u, int hashBytes)
            throws CloneNotSupportedException, DigestException {
        MessageDigest last = copy(outer);
        last.update(u, 0, hashBytes);
        last.digest(u, 0, hashBytes);
    }

    private static MessageDigest copy(MessageDigest digest) throws CloneNotSupportedException {
        return (MessageDigest) digest.clone();
    }

    private static byte[] utf8(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
