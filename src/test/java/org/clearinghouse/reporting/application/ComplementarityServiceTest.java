package org.clearinghouse.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComplementarityServiceTest {

    @Test
    void addsUpRequestsAndFundingPerYearAndAreaAndNamesGapsAndOverlaps() {
        List<Complementarities.Item> items = List.of(
                item("REQUEST", 1, 2027, "GENDER", 100, null),
                item("PLATFORM", 2, 2027, "GENDER", 40, null),
                item("EXTERNAL", 3, 2027, "GENDER", 30, "UNSCAR"),
                item("EXTERNAL", 4, 2027, "GENDER", 20, "UNSCAR"),
                item("REQUEST", 5, 2027, "LEGISLATION", 50, null),
                item("PLATFORM", 6, 2027, "LEGISLATION", 50, null),
                item("REQUEST", 7, 2026, "LEGISLATION", 10, null),
                item("EXTERNAL", 8, 2026, "LEGISLATION", 15, "BILATERAL"));

        Complementarities c = ComplementarityService.summarise("NER", "Niger", items);

        assertThat(c.cells())
                .extracting(
                        Complementarities.Cell::year,
                        Complementarities.Cell::area,
                        Complementarities.Cell::openUsd,
                        Complementarities.Cell::assessment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2026, "LEGISLATION", -5L, "OVERLAP"),
                        org.assertj.core.groups.Tuple.tuple(2027, "GENDER", 10L, "GAP"),
                        org.assertj.core.groups.Tuple.tuple(2027, "LEGISLATION", 0L, "COVERED"));
        Complementarities.Cell gender = c.cells().get(1);
        assertThat(gender.requestedUsd()).isEqualTo(100);
        assertThat(gender.committedHereUsd()).isEqualTo(40);
        assertThat(gender.fundedElsewhereUsd()).isEqualTo(50);
        assertThat(gender.elsewhereBySource()).containsExactlyEntriesOf(java.util.Map.of("UNSCAR", 50L));
        assertThat(c.requestedUsd()).isEqualTo(160);
        assertThat(c.committedHereUsd()).isEqualTo(90);
        assertThat(c.fundedElsewhereUsd()).isEqualTo(65);
        assertThat(c.items()).extracting(Complementarities.Item::id).containsExactly(7L, 8L, 1L, 2L, 3L, 4L, 5L, 6L);
    }

    private static Complementarities.Item item(
            String kind, long id, int year, String area, long amount, String source) {
        return new Complementarities.Item(
                kind, id, null, "t" + id, area, year, year + "-01", year + "-12", amount, source, null);
    }
}
