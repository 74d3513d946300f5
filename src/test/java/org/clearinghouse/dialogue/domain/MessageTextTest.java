package org.clearinghouse.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A message's text: not empty, at most 4,000 characters counted as code points, markup allowed (shown inert). */
class MessageTextTest {

    @Test
    void emptyOrBlankTextIsRefused() {
        assertThat(MessageText.problem(null))
                .hasValueSatisfying(p -> assertThat(p).contains("empty"));
        assertThat(MessageText.problem("")).isPresent();
        assertThat(MessageText.problem(" \n\t ")).isPresent();
    }

    @Test
    void upTo4000CharactersAreAccepted() {
        assertThat(MessageText.problem("x".repeat(4000))).isEmpty();
        assertThat(MessageText.problem("x".repeat(4001)))
                .hasValueSatisfying(p -> assertThat(p).contains("4001", "4000"));
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnce() {
        String emoji = "\uD83D\uDE00"; // one character, two UTF-16 units
        assertThat(MessageText.problem(emoji.repeat(4000))).isEmpty();
        assertThat(MessageText.problem(emoji.repeat(4001))).isPresent();
    }

    @Test
    void markupIsJustText() {
        assertThat(MessageText.problem("<b>x</b> & <script>alert(1)</script>")).isEmpty();
    }
}
