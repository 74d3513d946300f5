package org.clearinghouse.matching.domain;

/**
 * Kinds of assistance a request asks for and an offer provides: the engine's codes, and the rows of the reference
 * table {@code assistance_type} (one vocabulary for the engine and the database).
 */
public enum AssistanceType {
    FUNDING("Funding"),
    EQUIPMENT("Equipment"),
    TRAINING("Training"),
    EXPERTISE("Expertise");

    private final String description;

    AssistanceType(String description) {
        this.description = description;
    }

    public String code() {
        return name();
    }

    /** The English description of the reference table (pages show the name of the reader's language). */
    public String description() {
        return description;
    }
}
