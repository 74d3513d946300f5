package org.clearinghouse.accounts.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a user name and password were verified, so that a program sending HTTP Basic
 * on every call pays the slow password hash once per {@link #TTL} instead of on every call. Kept in memory only:
 * per name, an HMAC-SHA256 of the password under a random key made when the server starts (never the password, and
 * nothing a database copy could reveal), and the account's security stamp, so a changed password, role, binding or
 * a disabled account is never served from here. Only successes are remembered: a wrong password always costs the
 * full hash and counts towards the throttle.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private Clock clock = Clock.systemUTC();

    public VerifiedPasswords() {
        new SecureRandom().nextBytes(key);
    }

    public VerifiedPasswords(Clock clock) {
        this();
        this.clock = clock;
    }

    /** True when this name was verified with this password and this security stamp less than {@link #TTL} ago. */
    public boolean matches(String username, String password, long securityStamp) {
        Entry entry = entries.get(username);
        if (entry == null || password == null) {
            return false;
        }
        if (entry.expires().isBefore(clock.instant()) || entry.securityStamp() != securityStamp) {
            entries.remove(username, entry);
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(username, password));
    }

    /** Remembers a verified name and password. */
    public void remember(String username, String password, long securityStamp) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(
                username,
                new Entry(
                        mac(username, password), securityStamp, clock.instant().plus(TTL)));
    }

    /** Forgets a name (its password or account changed). */
    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] mac(String username, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(username.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private record Entry(byte[] mac, long securityStamp, Instant expires) {}
}
