package org.clearinghouse.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The body limits come from the environment, with defaults for missing or nonsensical values. */
class BodyLimitsTest {

    @Test
    void defaultsAreOneMebibyteAndTenForImports() {
        BodyLimits limits = BodyLimits.from(name -> null);

        assertThat(limits.ordinary()).isEqualTo(1024L * 1024);
        assertThat(limits.upload()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void theEnvironmentSetsThem() {
        Map<String, String> environment = Map.of("MAX_BODY_BYTES", "2048", "MAX_IMPORT_BYTES", " 4096 ");

        BodyLimits limits = BodyLimits.from(environment::get);

        assertThat(limits.ordinary()).isEqualTo(2048);
        assertThat(limits.upload()).isEqualTo(4096);
    }

    @Test
    void nonsenseFallsBackToTheDefaults() {
        Map<String, String> environment = Map.of("MAX_BODY_BYTES", "-5", "MAX_IMPORT_BYTES", "lots");

        BodyLimits limits = BodyLimits.from(environment::get);

        assertThat(limits.ordinary()).isEqualTo(BodyLimits.DEFAULT_ORDINARY);
        assertThat(limits.upload()).isEqualTo(BodyLimits.DEFAULT_UPLOAD);
    }
}
