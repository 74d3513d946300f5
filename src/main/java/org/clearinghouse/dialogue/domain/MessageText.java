package org.clearinghouse.dialogue.domain;

import java.util.Optional;

/**
 * The rules of a message's text: not empty (nor only spaces), at most {@value #MAX_CHARACTERS} characters (counted
 * as Unicode code points). The text is kept verbatim: no trimming, no markup removed; pages show it inert.
 */
public final class MessageText {

    public static final int MAX_CHARACTERS = 4000;

    private MessageText() {}

    /** Why this text cannot be a message, or empty when it can. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("is empty: write a message.");
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_CHARACTERS) {
            return Optional.of("is too long: " + length + " characters, at most " + MAX_CHARACTERS + ".");
        }
        return Optional.empty();
    }
}
