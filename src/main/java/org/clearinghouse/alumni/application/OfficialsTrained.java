package org.clearinghouse.alumni.application;

import java.util.List;

/**
 * Officials trained: alumni recorded as having COMPLETED a course. {@code total} counts each official once; in
 * {@code byArea} and {@code cells} an official counts once for each area (topic) of the call, so their sums may
 * exceed it.
 *
 * <p>For the secretariat every count and every cell (State × area × gender) is given, however small
 * ({@code smallestCount} 0). For everyone else ({@code smallestCount} 3) no cell is given, and in each dimension the
 * values with fewer officials than {@code smallestCount} are added up under {@link #COMBINED}, with the smallest shown
 * values added too until that sum reaches {@code smallestCount}, so no small count can be worked out from the others.
 */
public record OfficialsTrained(
        int total, int smallestCount, List<Count> byState, List<Count> byArea, List<Count> byGender, List<Cell> cells) {

    /** The key under which small counts are added up in published figures. */
    public static final String COMBINED = "COMBINED_SMALL_COUNTS";

    /** How many officials have one value of a dimension. */
    public record Count(String key, int count) {}

    /** How many officials of a State, in an area, of a gender. */
    public record Cell(String state, String area, String gender, int count) {}
}
