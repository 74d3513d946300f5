package org.clearinghouse.requests.domain;

/**
 * The gender-relevance marker of a request, after the OECD DAC gender equality policy marker: gender equality is not
 * targeted (score 0), a significant objective (1) or the principal objective (2). A request without a marker has not
 * been screened.
 */
public enum GenderMarker {
    NOT_TARGETED(0),
    SIGNIFICANT(1),
    PRINCIPAL(2);

    private final int dacScore;

    GenderMarker(int dacScore) {
        this.dacScore = dacScore;
    }

    /** The DAC score: 0, 1 or 2. */
    public int dacScore() {
        return dacScore;
    }

    /** The marker of a DAC score (as IATI files carry it), or null for any other number. */
    public static GenderMarker ofDacScore(int score) {
        for (GenderMarker marker : values()) {
            if (marker.dacScore == score) {
                return marker;
            }
        }
        return null;
    }

    /** Whether gender equality is an objective of the request (DAC score 1 or 2). */
    public boolean targetsGender() {
        return dacScore > 0;
    }
}
