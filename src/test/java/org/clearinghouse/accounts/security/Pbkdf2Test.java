package org.clearinghouse.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pbkdf2Test {

    @Test
    void givesRfc7914sTestVectorForHmacSha256() {
        // RFC 7914 §11: PBKDF2-HMAC-SHA256, P = "passwd", S = "salt", c = 1, dkLen = 64
        byte[] key = Pbkdf2.of("PBKDF2WithHmacSHA256").derive("passwd".toCharArray(), bytes("salt"), 1, 64);

        assertThat(HexFormat.of().formatHex(key))
                .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    }

    @ParameterizedTest
    @CsvSource({
        // algorithm, password, salt, iterations, key bytes
        "PBKDF2WithHmacSHA256, demo, 0123456789abcdef, 1000, 32",
        "PBKDF2WithHmacSHA256, '', 0123456789abcdef, 7, 32",
        "PBKDF2WithHmacSHA256, mot de passe àéïõü 密码 كلمة, s, 1000, 32",
        "PBKDF2WithHmacSHA256, 'a password longer than one block of sixty-four bytes, yes, longer than that', salt, 50, 32",
        "PBKDF2WithHmacSHA256, two blocks of key, salt, 100, 80",
        "PBKDF2WithHmacSHA224, demo, 0123456789abcdef, 500, 28",
        "PBKDF2WithHmacSHA384, demo, 0123456789abcdef, 500, 48",
        "PBKDF2WithHmacSHA512, 'a password longer than one block of one hundred and twenty-eight bytes, "
                + "which is the block of SHA-512: so it is hashed first', salt, 20, 100",
    })
    void givesTheJdksKeys(String algorithm, String password, String salt, int iterations, int keyBytes)
            throws Exception {
        byte[] jdk = SecretKeyFactory.getInstance(algorithm)
                .generateSecret(new PBEKeySpec(password.toCharArray(), bytes(salt), iterations, keyBytes * 8))
                .getEncoded();

        byte[] ours = Pbkdf2.of(algorithm).derive(password.toCharArray(), bytes(salt), iterations, keyBytes);

        assertThat(ours).hasSize(keyBytes).isEqualTo(jdk);
    }

    @Test
    void knowsOnlyTheSha2Family() {
        assertThat(Pbkdf2.of("PBKDF2WithHmacSHA1")).isNull();
        assertThat(Pbkdf2.of("MD5")).isNull();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
