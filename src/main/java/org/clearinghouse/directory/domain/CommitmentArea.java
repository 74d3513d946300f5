package org.clearinghouse.directory.domain;

/**
 * Commitment areas of the BMS7 outcome document (table {@code commitment_area}), each with an English short
 * description and the paragraphs of the outcome document it comes from.
 */
public enum CommitmentArea {
    STOCKPILE_MANAGEMENT("Stockpile management and physical security", "32–34, 59–60"),
    MARKING_RECORD_KEEPING_TRACING("Marking, record-keeping and tracing", "33, 77–85"),
    NEW_TECHNOLOGIES("New technologies: polymer, modular and 3D-printed weapons", "18, 43–44, 86–94"),
    FELLOWSHIP("Fellowship training programme", "114"),
    BORDER_CONTROL("Border control and cross-border cooperation", "29, 46, 58"),
    SURPLUS_DESTRUCTION("Identification and destruction of surplus", "34, 47–48"),
    LEGISLATION("National laws, regulations and administrative procedures", "24–26, 50"),
    DATA_COLLECTION("Data collection, including SDG indicator 16.4.2", "37, 66, 79"),
    GENDER("Gender mainstreaming and women's participation", "10, 51, 69–75"),
    WEAPONS_COLLECTION("Weapons collection programmes", "61–62"),
    TRANSFER_CONTROLS("Transfer controls: export, import, transit and brokering", "27–31, 45");

    private final String description;
    private final String paragraphs;

    CommitmentArea(String description, String paragraphs) {
        this.description = description;
        this.paragraphs = paragraphs;
    }

    public String code() {
        return name();
    }

    public String description() {
        return description;
    }

    /** Paragraphs of the outcome document, as text ("32–34, 59–60"). */
    public String paragraphs() {
        return paragraphs;
    }
}
