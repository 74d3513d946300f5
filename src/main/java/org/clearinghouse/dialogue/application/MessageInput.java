package org.clearinghouse.dialogue.application;

/**
 * A message as written: its text and, for the requesting State's answer on a request, whom it answers: one donor
 * ({@code donor}, a private answer) or every donor ({@code toAllDonors}); {@code replyTo} optionally names the donor's
 * question that an answer to all donors opens to all of them.
 */
public record MessageInput(String text, String donor, Boolean toAllDonors, Long replyTo) {

    public static MessageInput text(String text) {
        return new MessageInput(text, null, null, null);
    }

    boolean isToAllDonors() {
        return Boolean.TRUE.equals(toAllDonors);
    }
}
