package org.clearinghouse.requests.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clearinghouse.shared.errors.FieldError;
import org.junit.jupiter.api.Test;

class ImportRequestsTest {

    @Test
    void theServicesFieldNamesBecomeRowAndColumn() {
        List<ImportRequests.RowError> rows = ImportRequests.rows(List.of(
                new FieldError("row 7, amountUsd", "'a lot' is not a whole number of US dollars."),
                new FieldError("row 2", "the file has no request rows under the header."),
                new FieldError("file", "cannot be read."),
                new FieldError("", "empty")));

        assertThat(rows)
                .containsExactly(
                        new ImportRequests.RowError(7, "amountUsd", "'a lot' is not a whole number of US dollars."),
                        new ImportRequests.RowError(2, null, "the file has no request rows under the header."),
                        new ImportRequests.RowError(null, "file", "cannot be read."),
                        new ImportRequests.RowError(null, null, "empty"));
    }
}
