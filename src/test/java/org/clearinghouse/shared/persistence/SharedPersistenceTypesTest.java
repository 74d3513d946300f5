package org.clearinghouse.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.clearinghouse.shared.domain.HasPeriod;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;
import org.junit.jupiter.api.Test;

class SharedPersistenceTypesTest {

    record Span(YearMonth getStartMonth, YearMonth getEndMonth) implements HasPeriod {}

    @Test
    void monthsAreStoredAsSortableText() {
        YearMonthConverter converter = new YearMonthConverter();
        assertThat(converter.convertToDatabaseColumn(YearMonth.of(2027, 3))).isEqualTo("2027-03");
        assertThat(converter.convertToEntityAttribute("2027-03")).isEqualTo(YearMonth.of(2027, 3));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void localesAreStoredAsLanguageTags() {
        LocaleConverter converter = new LocaleConverter();
        assertThat(converter.convertToDatabaseColumn(Locale.FRENCH)).isEqualTo("fr");
        assertThat(converter.convertToDatabaseColumn(Locale.forLanguageTag("es-419")))
                .isEqualTo("es-419");
        assertThat(converter.convertToEntityAttribute("fr")).isEqualTo(Locale.FRENCH);
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void pageRequestsAreBounded() {
        assertThat(PageRequest.of(3, 20).offset()).isEqualTo(60);
        assertThat(PageRequest.of(0, 20, "title", null).direction()).isEqualTo(SortDirection.ASC);
        assertThatThrownBy(() -> PageRequest.of(-1, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PageRequest.of(0, PageRequest.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesCountAndMap() {
        Page<Integer> page = new Page<>(List.of(1, 2), 5, 0, 2);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.map(i -> "#" + i).items()).containsExactly("#1", "#2");
        assertThat(new Page<>(List.of(), 0, 0, 10).totalPages()).isZero();
    }

    @Test
    void periodsOverlapInclusively() {
        Span spring = new Span(YearMonth.of(2027, 3), YearMonth.of(2027, 5));
        assertThat(spring.overlaps(new Span(YearMonth.of(2027, 5), YearMonth.of(2027, 9))))
                .isTrue();
        assertThat(spring.overlaps(new Span(YearMonth.of(2027, 6), YearMonth.of(2027, 9))))
                .isFalse();
        assertThat(spring.overlaps(new Span(null, YearMonth.of(2027, 9)))).isFalse();
    }
}
