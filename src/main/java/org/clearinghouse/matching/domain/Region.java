package org.clearinghouse.matching.domain;

/**
 * UN M49 top-level regions: the engine's codes, and the rows of the reference table {@code region} (one vocabulary
 * for the engine and the database).
 */
public enum Region {
    AFRICA("Africa"),
    AMERICAS("Americas"),
    ASIA("Asia"),
    EUROPE("Europe"),
    OCEANIA("Oceania");

    private final String displayName;

    Region(String displayName) {
        this.displayName = displayName;
    }

    public String code() {
        return name();
    }

    /** The English name of the reference table (pages show the name of the reader's language). */
    public String displayName() {
        return displayName;
    }
}
