package org.clearinghouse.platform.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VersionedResourceHandlerTest {

    private static String versionOf(String content) throws IOException {
        return VersionedResourceHandler.checksum(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSameContentHasTheSameVersion() throws IOException {
        assertThat(versionOf(".ch { color: #12507f }")).isEqualTo(versionOf(".ch { color: #12507f }"));
    }

    @Test
    void aChangedFileHasAnotherVersion() throws IOException {
        assertThat(versionOf(".ch { color: #12507f }"))
                .isNotEqualTo(versionOf(".ch { color: #12507e }"))
                .matches("[0-9a-f]+");
    }
}
