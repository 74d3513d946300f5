package org.clearinghouse.accounts.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.clearinghouse.accounts.domain.AccountCredentials;
import org.clearinghouse.accounts.domain.ApiTokenRepository;
import org.clearinghouse.accounts.domain.ApiTokens;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.accounts.domain.UserAccountRepository;
import org.clearinghouse.accounts.security.PasswordHashing;
import org.clearinghouse.accounts.security.SignInThrottle;
import org.clearinghouse.accounts.security.VerifiedPasswords;
import org.clearinghouse.shared.security.SecurityEvent;
import org.clearinghouse.shared.security.SecurityEventType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in rules over in-memory accounts: hash upgrade, throttling, one answer for every failure, tokens. */
class SignInServiceTest {

    private final Map<String, AccountCredentials> accounts = new HashMap<>();
    private final Map<String, AccountCredentials> tokens = new HashMap<>();
    private final List<SecurityEvent> events = new ArrayList<>();
    private final PasswordHashing today = new PasswordHashing(2_000);
    private SignInService service;

    @BeforeEach
    void setUp() {
        service = new SignInService();
        service.accounts = fake(UserAccountRepository.class, (method, args) -> switch (method) {
            case "findCredentials" -> Optional.ofNullable(accounts.get((String) args[0]));
            case "enabledSecurityStamp" -> {
                AccountCredentials a = accounts.get((String) args[0]);
                yield a == null || !a.enabled() ? OptionalLong.empty() : OptionalLong.of(a.securityStamp());
            }
            case "upgradePasswordHash" -> {
                AccountCredentials a = accounts.get((String) args[0]);
                if (a.passwordHash().equals(args[1])) {
                    accounts.put(
                            a.username(),
                            new AccountCredentials(
                                    a.username(), (String) args[2], a.role(), a.enabled(), a.securityStamp()));
                }
                yield null;
            }
            default -> throw new UnsupportedOperationException(method);
        });
        service.tokens = fake(ApiTokenRepository.class, (method, args) -> switch (method) {
            case "findAccountOfValidToken" -> Optional.ofNullable(tokens.get((String) args[0]));
            default -> throw new UnsupportedOperationException(method);
        });
        service.passwords = today;
        service.verified = new VerifiedPasswords(Clock.systemUTC());
        service.throttle = new SignInThrottle(Clock.systemUTC(), 5, 20, Duration.ofMinutes(15));
        PasswordUpgrade upgrade = new PasswordUpgrade();
        upgrade.accounts = service.accounts;
        service.upgrade = upgrade;
        @SuppressWarnings("unchecked")
        Event<SecurityEvent> fired = fake(Event.class, (method, args) -> {
            if (method.equals("fire")) {
                events.add((SecurityEvent) args[0]);
                return null;
            }
            throw new UnsupportedOperationException(method);
        });
        service.events = fired;
    }

    @Test
    void anOlderHashIsUpgradedAtTheNextSuccessfulSignIn() {
        String old = new PasswordHashing(1_000).hash("old-password!");
        accounts.put("alice", new AccountCredentials("alice", old, Role.DONOR, true, 0));

        SignInOutcome outcome = service.withPassword("alice", "old-password!", "10.0.0.1", "basic");

        assertThat(outcome).isInstanceOf(SignInOutcome.SignedIn.class);
        String upgraded = accounts.get("alice").passwordHash();
        assertThat(upgraded).isNotEqualTo(old).startsWith("PBKDF2WithHmacSHA256:2000:");
        assertThat(today.verify("old-password!", upgraded)).isTrue();
        assertThat(today.needsUpgrade(upgraded)).isFalse();
    }

    @Test
    void aWrongPasswordIsNotUpgradedAndIsAudited() {
        String old = new PasswordHashing(1_000).hash("old-password!");
        accounts.put("alice", new AccountCredentials("alice", old, Role.DONOR, true, 0));

        SignInOutcome outcome = service.withPassword("alice", "guess", "10.0.0.1", "form");

        assertThat(outcome).isInstanceOf(SignInOutcome.Refused.class);
        assertThat(accounts.get("alice").passwordHash()).isEqualTo(old);
        assertThat(events).extracting(SecurityEvent::type).containsExactly(SecurityEventType.SIGN_IN_FAILED);
        assertThat(events.get(0).actor()).isEqualTo("alice");
        assertThat(events.get(0).address()).isEqualTo("10.0.0.1");
    }

    @Test
    void unknownUserWrongPasswordAndDisabledAccountGetTheSameAnswer() {
        accounts.put("bob", new AccountCredentials("bob", today.hash("right-password"), Role.SECRETARIAT, true, 0));
        accounts.put("carl", new AccountCredentials("carl", today.hash("right-password"), Role.ADMIN, false, 0));

        assertThat(service.withPassword("bob", "wrong", "10.0.0.2", "basic")).isEqualTo(new SignInOutcome.Refused());
        assertThat(service.withPassword("nobody", "wrong", "10.0.0.2", "basic")).isEqualTo(new SignInOutcome.Refused());
        assertThat(service.withPassword("carl", "right-password", "10.0.0.2", "basic"))
                .isEqualTo(new SignInOutcome.Refused());
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedAsThrottled() {
        accounts.put("dora", new AccountCredentials("dora", today.hash("right-password"), Role.RECIPIENT, true, 0));
        for (int i = 0; i < 5; i++) {
            assertThat(service.withPassword("dora", "wrong" + i, "10.0.0." + i, "basic"))
                    .isInstanceOf(SignInOutcome.Refused.class);
        }

        SignInOutcome outcome = service.withPassword("dora", "right-password", "10.9.9.9", "basic");

        assertThat(outcome).isInstanceOf(SignInOutcome.Throttled.class);
        assertThat(((SignInOutcome.Throttled) outcome).seconds()).isBetween(850L, 900L);
        assertThat(events).extracting(SecurityEvent::type).endsWith(SecurityEventType.SIGN_IN_THROTTLED);
        // an unknown name is throttled the same way
        for (int i = 0; i < 5; i++) {
            service.withPassword("ghost", "wrong" + i, "10.1.0." + i, "basic");
        }
        assertThat(service.withPassword("ghost", "any", "10.9.9.8", "basic"))
                .isInstanceOf(SignInOutcome.Throttled.class);
    }

    @Test
    void aSessionEndsWhenTheStampChangesOrTheAccountIsDisabled() {
        accounts.put("erin", new AccountCredentials("erin", today.hash("right-password"), Role.DONOR, true, 3));
        var signedIn = (SignInOutcome.SignedIn) service.withPassword("erin", "right-password", "10.0.0.5", "form");

        assertThat(service.sessionStillValid("erin", signedIn.securityStamp())).isTrue();
        accounts.put("erin", new AccountCredentials("erin", accounts.get("erin").passwordHash(), Role.DONOR, true, 4));
        assertThat(service.sessionStillValid("erin", signedIn.securityStamp())).isFalse();
        accounts.put("erin", new AccountCredentials("erin", accounts.get("erin").passwordHash(), Role.DONOR, false, 3));
        assertThat(service.sessionStillValid("erin", 3)).isFalse();
    }

    @Test
    void aRememberedPasswordStopsWorkingWhenTheStampChanges() {
        accounts.put("fred", new AccountCredentials("fred", today.hash("first-password"), Role.DONOR, true, 0));
        assertThat(service.withPassword("fred", "first-password", "10.0.0.6", "basic"))
                .isInstanceOf(SignInOutcome.SignedIn.class);

        // the admin sets a new password: new hash, new stamp
        accounts.put("fred", new AccountCredentials("fred", today.hash("second-password"), Role.DONOR, true, 1));

        assertThat(service.withPassword("fred", "first-password", "10.0.0.6", "basic"))
                .isInstanceOf(SignInOutcome.Refused.class);
        assertThat(service.withPassword("fred", "second-password", "10.0.0.6", "basic"))
                .isInstanceOf(SignInOutcome.SignedIn.class);
    }

    @Test
    void aValidTokenSignsInAndAnUnknownOneIsRefusedAndAudited() {
        String token = ApiTokens.generate();
        tokens.put(ApiTokens.hashOf(token), new AccountCredentials("gina", "x", Role.DONOR, true, 0));

        assertThat(service.withToken(token, "10.0.0.7")).isEqualTo(new SignInOutcome.SignedIn("gina", Role.DONOR, 0));
        assertThat(service.withToken(ApiTokens.generate(), "10.0.0.7")).isEqualTo(new SignInOutcome.Refused());
        assertThat(service.withToken("not-a-token", "10.0.0.7")).isEqualTo(new SignInOutcome.Refused());
        assertThat(events).extracting(SecurityEvent::type).containsOnly(SecurityEventType.SIGN_IN_FAILED);
    }

    /** An implementation of {@code type} whose methods answer through {@code answer} (name, arguments). */
    private static <T> T fake(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> type.getSimpleName() + " fake";
                };
            }
            return answer.apply(method.getName(), args == null ? new Object[0] : args);
        }));
    }
}
