package org.clearinghouse.cohort.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.clearinghouse.matching.domain.Area;
import org.clearinghouse.matching.domain.Region;
import org.junit.jupiter.api.Test;

/** The cohort engine's region and topic codes are the matching engine's (it does not import them). */
class CohortCodesTest {

    @Test
    void regionsAndTopicsAreTheCodesOfTheMatchingRules() {
        assertThat(CohortCodes.REGIONS)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Region.values()).map(Enum::name).toList());
        assertThat(CohortCodes.TOPICS)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Area.values()).map(Enum::name).toList());
    }
}
