package org.clearinghouse.directory.domain;

/** Kinds of assistance (table {@code assistance_type}). */
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

    public String description() {
        return description;
    }
}
