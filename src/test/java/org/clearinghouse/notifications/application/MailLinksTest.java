package org.clearinghouse.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** E-mails name the portal's pages by their full address when the portal's public address is known. */
class MailLinksTest {

    private static final List<String> ARGS =
            List.of("12", "Marking machines", "/donor/request-messages.xhtml?id=12", "a /b.xhtml in a sentence");

    @Test
    void aPagePathBecomesAFullAddress() {
        assertThat(MailLinks.absolute(ARGS, "https://portal.example.org/"))
                .containsExactly(
                        "12",
                        "Marking machines",
                        "https://portal.example.org/donor/request-messages.xhtml?id=12",
                        "a /b.xhtml in a sentence");
    }

    @Test
    void withoutAPublicAddressThePathStays() {
        assertThat(MailLinks.absolute(ARGS, null)).isEqualTo(ARGS);
        assertThat(MailLinks.absolute(ARGS, " ")).isEqualTo(ARGS);
    }
}
