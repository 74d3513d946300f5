package org.clearinghouse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the CSRF filter reads the origin of a page: scheme, host and port, the default port written out. */
class SameOriginFilterTest {

    @Test
    void anOriginIsSchemeHostAndPort() {
        assertThat(SameOriginFilter.origin("http://localhost:8080")).isEqualTo("http://localhost:8080");
        assertThat(SameOriginFilter.origin("HTTPS://Portal.Example.org/page.xhtml?x=1"))
                .isEqualTo("https://portal.example.org:443");
        assertThat(SameOriginFilter.origin("http://example.org/")).isEqualTo("http://example.org:80");
    }

    @Test
    void whatIsNoOriginGivesNone() {
        assertThat(SameOriginFilter.origin("null")).isNull();
        assertThat(SameOriginFilter.origin("/relative/page")).isNull();
        assertThat(SameOriginFilter.origin("not a url at all")).isNull();
    }

    @Test
    void trustedOriginsAreAListOfOrigins() {
        assertThat(SameOriginFilter.trustedOrigins(null)).isEmpty();
        assertThat(SameOriginFilter.trustedOrigins(" ")).isEmpty();
        assertThat(SameOriginFilter.trustedOrigins("https://a.example, http://b.example:8080/x, null"))
                .containsExactlyInAnyOrder("https://a.example:443", "http://b.example:8080");
    }
}
