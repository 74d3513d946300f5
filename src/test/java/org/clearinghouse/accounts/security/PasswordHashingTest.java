package org.clearinghouse.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearinghouse.accounts.domain.UserAccount;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    /** Fewer iterations than production, so that the tests stay fast; the format and logic are the same. */
    private final PasswordHashing hashing = new PasswordHashing(1_000);

    @Test
    void productionHashesUseAtLeast600000IterationsOfPbkdf2HmacSha256() {
        String stored = new PasswordHashing().hash("correct horse battery");

        String[] parts = stored.split(":");
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(600_000);
        assertThat(java.util.Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(java.util.Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(stored).matches(UserAccount.PASSWORD_HASH_PATTERN);
    }

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEveryHash() {
        String stored = hashing.hash("s3cret-passw0rd");

        assertThat(hashing.verify("s3cret-passw0rd", stored)).isTrue();
        assertThat(hashing.verify("s3cret-passw0rD", stored)).isFalse();
        assertThat(hashing.verify("", stored)).isFalse();
        assertThat(hashing.verify(null, stored)).isFalse();
        assertThat(hashing.hash("s3cret-passw0rd")).isNotEqualTo(stored);
    }

    @Test
    void readsHashesMadeWithOlderSettingsAndSaysTheyNeedAnUpgrade() {
        // the format Jakarta Security's Pbkdf2PasswordHash wrote with the former 20,000 iterations
        String old = new PasswordHashing(20_000).hash("demo");
        PasswordHashing today = new PasswordHashing(40_000);

        assertThat(today.verify("demo", old)).isTrue();
        assertThat(today.needsUpgrade(old)).isTrue();
        assertThat(today.needsUpgrade(today.hash("demo"))).isFalse();
        assertThat(new PasswordHashing(20_000).needsUpgrade(old)).isFalse();
    }

    @Test
    void anUnknownOrUnreadableHashIsRefusedAfterTheSameWork() {
        assertThat(hashing.verify("demo", null)).isFalse();
        assertThat(hashing.verify("demo", "not a hash")).isFalse();
        assertThat(hashing.verify("demo", "MD5:1:AAAA:AAAA")).isFalse();
        assertThat(hashing.needsUpgrade("not a hash")).isTrue();
    }

    @Test
    void anUnknownUserCostsAboutAsMuchAsAWrongPassword() {
        PasswordHashing strong = new PasswordHashing(100_000);
        String stored = strong.hash("the-real-password");
        strong.verify("warm-up", null);
        strong.verify("warm-up", stored);

        long known = 0;
        long unknown = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            strong.verify("guess-" + i, stored);
            known += System.nanoTime() - start;
            start = System.nanoTime();
            strong.verify("guess-" + i, null);
            unknown += System.nanoTime() - start;
        }
        System.out.printf(
                "[hash] 100,000 iterations: wrong password %.1f ms, unknown user %.1f ms (mean of 5)%n",
                known / 5e6, unknown / 5e6);
        // the same PBKDF2 work either way: neither is a fraction of the other (generous bounds for a busy machine)
        assertThat((double) unknown / known).isBetween(0.5, 2.0);
    }
}
