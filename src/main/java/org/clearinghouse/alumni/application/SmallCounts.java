package org.clearinghouse.alumni.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Combines small counts for publication: every count below {@code smallest} goes into one combined count; while that
 * sum is above zero and below {@code smallest}, the smallest remaining count joins it too. What stays shown keeps its
 * order; the combined count comes last.
 */
final class SmallCounts {

    private SmallCounts() {}

    static List<OfficialsTrained.Count> combine(List<OfficialsTrained.Count> counts, int smallest) {
        List<OfficialsTrained.Count> shown = new ArrayList<>();
        int combined = 0;
        for (OfficialsTrained.Count c : counts) {
            if (c.count() < smallest) {
                combined += c.count();
            } else {
                shown.add(c);
            }
        }
        while (combined > 0 && combined < smallest && !shown.isEmpty()) {
            OfficialsTrained.Count least = shown.stream()
                    .min(Comparator.comparingInt(OfficialsTrained.Count::count))
                    .orElseThrow();
            shown.remove(least);
            combined += least.count();
        }
        if (combined > 0) {
            shown.add(new OfficialsTrained.Count(OfficialsTrained.COMBINED, combined));
        }
        return shown;
    }
}
