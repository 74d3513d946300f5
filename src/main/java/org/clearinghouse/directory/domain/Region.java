package org.clearinghouse.directory.domain;

/** UN M49 top-level regions (table {@code region}). */
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

    public String displayName() {
        return displayName;
    }
}
