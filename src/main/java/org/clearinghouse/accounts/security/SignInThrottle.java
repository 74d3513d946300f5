package org.clearinghouse.accounts.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: counts failed sign-ins per account name and per client address in a sliding window
 * ({@code SIGNIN_THROTTLE_WINDOW_MINUTES}, 15 by default). A name with {@code SIGNIN_MAX_FAILURES_PER_NAME} failures
 * in the window (5 by default), or an address with {@code SIGNIN_MAX_FAILURES_PER_ADDRESS} (20), is refused
 * without checking the password until the oldest of those failures leaves the window. Only failures count; a
 * successful sign-in clears its name's count (not its address's). Names need not exist: an unknown name is counted
 * like a known one.
 *
 * <p>The counts live in this server's memory: they start empty when the server starts, and each server of a cluster
 * counts on its own (issue 14), so behind a load balancer of {@code n} servers a guesser gets up to {@code n} times
 * the allowance.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Above this many keys, expired ones are swept before a new one is added. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> byName = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private Clock clock;
    private int maxPerName;
    private int maxPerAddress;
    private Duration window;

    /** For the container's proxy. */
    protected SignInThrottle() {}

    @Inject
    public SignInThrottle(
            Clock clock,
            @ConfigProperty(name = "SIGNIN_MAX_FAILURES_PER_NAME", defaultValue = "5") int maxPerName,
            @ConfigProperty(name = "SIGNIN_MAX_FAILURES_PER_ADDRESS", defaultValue = "20") int maxPerAddress,
            @ConfigProperty(name = "SIGNIN_THROTTLE_WINDOW_MINUTES", defaultValue = "15") int windowMinutes) {
        this(clock, maxPerName, maxPerAddress, Duration.ofMinutes(windowMinutes));
    }

    public SignInThrottle(Clock clock, int maxPerName, int maxPerAddress, Duration window) {
        if (maxPerName < 1 || maxPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("sign-in throttle limits must be positive");
        }
        this.clock = clock;
        this.maxPerName = maxPerName;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
    }

    /** How long the name or the address must wait before its next attempt; empty when it may try now. */
    public Optional<Duration> retryAfter(String name, String address) {
        Instant now = clock.instant();
        Duration wait = longest(
                waitFor(byName, nameKey(name), maxPerName, now), waitFor(byAddress, address, maxPerAddress, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed sign-in against the name (when there is one) and the address. */
    public void failed(String name, String address) {
        Instant now = clock.instant();
        record(byName, nameKey(name), now);
        record(byAddress, address, now);
    }

    /** A successful sign-in clears the failures of its name. */
    public void succeeded(String name) {
        String key = nameKey(name);
        if (key != null) {
            byName.remove(key);
        }
    }

    /** The settings, for the log and the documentation. */
    @Override
    public String toString() {
        return maxPerName + " failures per name or " + maxPerAddress + " per address within " + window.toMinutes()
                + " minutes";
    }

    private Duration waitFor(Map<String, Deque<Instant>> failures, String key, int max, Instant now) {
        if (key == null) {
            return Duration.ZERO;
        }
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return Duration.ZERO;
            }
            // the failure that must leave the window for the count to fall below the limit
            Instant[] ordered = times.toArray(Instant[]::new);
            Instant freeAt = ordered[times.size() - max].plus(window);
            Duration wait = Duration.between(now, freeAt);
            return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
        }
    }

    private void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (key == null) {
            return;
        }
        if (failures.size() > SWEEP_ABOVE) {
            sweep(failures, now);
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void sweep(Map<String, Deque<Instant>> failures, Instant now) {
        failures.entrySet().removeIf(entry -> {
            Deque<Instant> times = entry.getValue();
            synchronized (times) {
                prune(times, now);
                return times.isEmpty();
            }
        });
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldestKept = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
            times.removeFirst();
        }
    }

    private static String nameKey(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
