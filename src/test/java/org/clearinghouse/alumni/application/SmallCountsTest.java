package org.clearinghouse.alumni.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clearinghouse.alumni.application.OfficialsTrained.Count;
import org.junit.jupiter.api.Test;

class SmallCountsTest {

    @Test
    void countsBelowTheSmallestAreAddedUpTogether() {
        List<Count> combined = SmallCounts.combine(
                List.of(new Count("HTI", 1), new Count("MLI", 2), new Count("NER", 7), new Count("SEN", 4)), 3);
        assertThat(combined)
                .containsExactly(new Count("NER", 7), new Count("SEN", 4), new Count(OfficialsTrained.COMBINED, 3));
    }

    @Test
    void aSingleSmallCountTakesTheSmallestShownOneAlongSoItCannotBeWorkedOutFromTheTotal() {
        List<Count> combined =
                SmallCounts.combine(List.of(new Count("FEMALE", 5), new Count("MALE", 4), new Count("OTHER", 1)), 3);
        assertThat(combined).containsExactly(new Count("FEMALE", 5), new Count(OfficialsTrained.COMBINED, 5));
    }

    @Test
    void nothingIsCombinedWhenEveryCountIsLargeEnough() {
        List<Count> counts = List.of(new Count("FEMALE", 3), new Count("MALE", 4));
        assertThat(SmallCounts.combine(counts, 3)).isEqualTo(counts);
        assertThat(SmallCounts.combine(counts, 0)).isEqualTo(counts);
    }
}
