package org.clearinghouse.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Set;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.ValidationFailedException;
import org.clearinghouse.shared.paging.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile or mistaken paging parameters are refused field by field (422), never turned into a fault. */
class PageParametersTest {

    @Test
    void aSensiblePageIsRead() {
        PageRequest request = parameters("3", "50").toPageRequest(Set.of(), Map.of(), new FieldErrors());

        assertThat(request.page()).isEqualTo(3);
        assertThat(request.size()).isEqualTo(50);
        assertThat(request.offset()).isEqualTo(150);
    }

    @Test
    void absentParametersTakeTheirDefaults() {
        PageRequest request = parameters(null, " ").toPageRequest(Set.of(), Map.of(), new FieldErrors());

        assertThat(request.page()).isZero();
        assertThat(request.size()).isEqualTo(20);
    }

    @ParameterizedTest
    @CsvSource({
        "-1, 20, page",
        "abc, 20, page",
        "99999999999999999999, 20, page",
        "2147483647, 20, page",
        "107374183, 20, page",
        "0, 0, size",
        "0, 201, size",
        "0, 1e3, size",
        "0, 2147483648, size"
    })
    void aPageThatCannotBeReadIsRefusedOnItsField(String page, String size, String field) {
        ValidationFailedException refused = catchThrowableOfType(
                ValidationFailedException.class,
                () -> parameters(page, size).toPageRequest(Set.of(), Map.of(), new FieldErrors()));

        assertThat(refused).isNotNull();
        assertThat(refused.errors()).extracting(e -> e.field()).containsExactly(field);
    }

    @Test
    void theLastPageWhoseFirstRowFitsIsAccepted() {
        PageRequest request = parameters(String.valueOf(Integer.MAX_VALUE / 20), "20")
                .toPageRequest(Set.of(), Map.of(), new FieldErrors());

        assertThat(request.offset()).isLessThanOrEqualTo(Integer.MAX_VALUE);
    }

    private static PageParameters parameters(String page, String size) {
        PageParameters parameters = new PageParameters();
        parameters.page = page;
        parameters.size = size;
        return parameters;
    }
}
