package org.clearinghouse.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * Why a run proposed a match or left a request unfunded, as a proposal row and an unfunded row store it: the English
 * text (cut to its column's 2,000 characters) and, to write it again in the reader's language, the key of its text
 * and its arguments ({@link ExplanationArguments}); both null for rows of older runs, or when they do not fit. A
 * value: a change makes a new one.
 */
@Embeddable
public class StoredExplanation {

    private static final int TEXT_LENGTH = 2000;
    private static final int KEY_LENGTH = 100;

    @Column(name = "explanation", nullable = false, length = TEXT_LENGTH)
    private String text;

    /** The key of the explanation's text ({@code explain.<key>} in the bundles). */
    @Column(name = "explanation_key", length = KEY_LENGTH)
    private String key;

    /** Its arguments, joined with {@link ExplanationArguments#SEPARATOR}. */
    @Column(name = "explanation_args", length = TEXT_LENGTH)
    private String arguments;

    /** For JPA. */
    protected StoredExplanation() {}

    private StoredExplanation(String text, String key, String arguments) {
        this.text = text;
        this.key = key;
        this.arguments = arguments;
    }

    /** The English text alone, cut to what its column holds. */
    public static StoredExplanation of(String text) {
        return new StoredExplanation(text.length() > TEXT_LENGTH ? text.substring(0, TEXT_LENGTH) : text, null, null);
    }

    /** The same text written from {@code key} and {@code arguments}; neither is kept when they do not fit. */
    public StoredExplanation writtenFrom(String key, List<String> arguments) {
        String joined = ExplanationArguments.join(arguments);
        boolean fits = key != null && key.length() <= KEY_LENGTH && joined != null && joined.length() <= TEXT_LENGTH;
        return new StoredExplanation(text, fits ? key : null, fits ? joined : null);
    }

    public String text() {
        return text;
    }

    public String key() {
        return key;
    }

    public List<String> arguments() {
        return ExplanationArguments.split(arguments);
    }

    /** The arguments as their column stores them (joined), or null. */
    public String storedArguments() {
        return arguments;
    }
}
