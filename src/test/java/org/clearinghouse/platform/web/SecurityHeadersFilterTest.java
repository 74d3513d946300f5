package org.clearinghouse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which resources may be cached for a year: only those whose address carries their version. */
class SecurityHeadersFilterTest {

    @Test
    void aFacesResourceWithItsVersionIsVersioned() {
        assertThat(SecurityHeadersFilter.isVersionedResource(
                        "/jakarta.faces.resource/core.js.xhtml", "ln=primefaces&v=15.0.13"))
                .isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(SecurityHeadersFilter.isVersionedResource(
                        "/jakarta.faces.resource/css/clearinghouse.css.xhtml", null))
                .isFalse();
        assertThat(SecurityHeadersFilter.isVersionedResource(
                        "/jakarta.faces.resource/core.js.xhtml", "ln=primefaces&v="))
                .isFalse();
        assertThat(SecurityHeadersFilter.isVersionedResource("/index.xhtml", "v=1"))
                .isFalse();
        assertThat(SecurityHeadersFilter.isVersionedResource("/api/v1/requests", "vendor=1"))
                .isFalse();
    }
}
