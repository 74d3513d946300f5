package org.clearinghouse.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void tokensHaveThePrefixAnd256RandomBitsAndAreNeverRepeated() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String token = ApiTokens.generate();
            assertThat(token).startsWith("chp_").hasSize(4 + 43);
            assertThat(ApiTokens.looksLikeToken(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void theStoredFormIsTheSha256OfTheTokenNotTheToken() {
        String token = ApiTokens.generate();

        String stored = ApiTokens.hashOf(token);

        assertThat(stored).hasSize(64).matches("[0-9a-f]{64}").doesNotContain(token.substring(4));
        assertThat(ApiTokens.hashOf(token)).isEqualTo(stored);
        assertThat(ApiTokens.hashOf(ApiTokens.generate())).isNotEqualTo(stored);
        // a known vector: SHA-256("abc")
        assertThat(ApiTokens.hashOf("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void onlyTheShapeOfATokenIsLookedUp() {
        assertThat(ApiTokens.looksLikeToken(null)).isFalse();
        assertThat(ApiTokens.looksLikeToken("chp_short")).isFalse();
        assertThat(ApiTokens.looksLikeToken("xyz_" + "a".repeat(43))).isFalse();
        assertThat(ApiTokens.looksLikeToken("chp_" + "a".repeat(42) + "'")).isFalse();
        assertThat(ApiTokens.prefixOf("chp_AbCdEfGh")).isEqualTo("chp_AbCd");
    }

    @Test
    void aRevokedTokenKeepsTheFirstRevocationTime() {
        ApiToken token =
                new ApiToken(null, "ci", ApiTokens.generate(), java.time.LocalDateTime.parse("2026-12-06T10:00"));
        token.revoke(java.time.LocalDateTime.parse("2026-12-06T11:00"));
        token.revoke(java.time.LocalDateTime.parse("2026-12-06T12:00"));

        assertThat(token.isRevoked()).isTrue();
        assertThat(token.getRevokedAt()).isEqualTo(java.time.LocalDateTime.parse("2026-12-06T11:00"));
    }
}
