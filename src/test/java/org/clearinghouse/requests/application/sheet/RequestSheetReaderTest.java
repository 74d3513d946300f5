package org.clearinghouse.requests.application.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.requests.application.RequestInput;
import org.clearinghouse.shared.errors.FieldError;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.UnreadableInputException;
import org.clearinghouse.shared.errors.ValidationFailedException;
import org.clearinghouse.testsupport.Spreadsheets;
import org.junit.jupiter.api.Test;

/** Reading request spreadsheets (XLSX and CSV) and writing the template, without a server. */
class RequestSheetReaderTest {

    private static final String HEADER = String.join(",", RequestColumns.ALL);
    private static final String GOOD =
            "Marking machines,\"Two machines, and training\",NER,MARKING_RECORD_KEEPING_TRACING,"
                    + "EQUIPMENT,120000,FALSE,2,2027-03,2027-12,NAP 4.2,focal@example.org,TRUE";

    @Test
    void readsEveryColumnOfAnXlsxRow() throws IOException {
        byte[] xlsx = workbook(List.of(
                RequestColumns.ALL,
                List.of(
                        "Marking machines",
                        "Two machines",
                        "NER",
                        "marking_record_keeping_tracing",
                        "EQUIPMENT",
                        120000.0,
                        false,
                        2.0,
                        "2027-03",
                        "2027-12",
                        "NAP 4.2",
                        "focal@example.org",
                        true)));
        FieldErrors errors = new FieldErrors();

        List<SheetRow> rows = RequestSheetReader.readXlsx(xlsx, errors);

        assertThat(errors.isEmpty()).isTrue();
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            RequestInput r = row.request();
            assertThat(r.title()).isEqualTo("Marking machines");
            assertThat(r.area()).isEqualTo("MARKING_RECORD_KEEPING_TRACING");
            assertThat(r.amountUsd()).isEqualTo(120_000L);
            assertThat(r.divisible()).isFalse();
            assertThat(r.priority()).isEqualTo(2);
            assertThat(r.start()).isEqualTo("2027-03");
            assertThat(r.publishSummaryConsent()).isTrue();
        });
    }

    @Test
    void everyUnreadableCellIsNamedByRowAndColumn() throws IOException {
        List<Object> good =
                List.of("A", "B", "NER", "GENDER", "TRAINING", 1000.0, "yes", 1.0, "2027-01", "2027-02", "", "", "no");
        List<Object> bad = new ArrayList<>(good);
        bad.set(5, "a lot");
        bad.set(6, "maybe");
        bad.set(7, 2.5);
        byte[] xlsx = workbook(List.of(RequestColumns.ALL, good, good, good, good, good, bad));
        FieldErrors errors = new FieldErrors();

        RequestSheetReader.readXlsx(xlsx, errors);

        assertThat(fields(errors)).containsExactlyInAnyOrder("row 7, amountUsd", "row 7, divisible", "row 7, priority");
    }

    @Test
    void csvWithQuotesCommasLineBreaksAndBom() {
        String csv = "\uFEFF" + HEADER + "\r\n" + GOOD + "\r\n\r\n"
                + "\"Line one\nline two\",\"He said \"\"yes\"\"\",,GENDER,TRAINING,\"1,500\",yes,5,2027-01,2027-02,,,\n";
        FieldErrors errors = new FieldErrors();

        List<SheetRow> rows = RequestSheetReader.readCsv(csv.getBytes(StandardCharsets.UTF_8), errors);

        assertThat(errors.isEmpty()).as(fields(errors).toString()).isTrue();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).request().description()).isEqualTo("Two machines, and training");
        assertThat(rows.get(1).number()).isEqualTo(4); // the blank line 3 is skipped, numbering is kept
        assertThat(rows.get(1).request().title()).isEqualTo("Line one\nline two");
        assertThat(rows.get(1).request().description()).isEqualTo("He said \"yes\"");
        assertThat(rows.get(1).request().state()).isNull();
        assertThat(rows.get(1).request().amountUsd()).isEqualTo(1500L);
    }

    @Test
    void theGenderMarkerIsReadByNameOrDacScoreAndMayBeLeftEmpty() {
        String csv = HEADER + "\n" + GOOD + ",not targeted\n" + GOOD + ",2\n" + GOOD + ",\n" + GOOD + ",HIGH\n";
        FieldErrors errors = new FieldErrors();

        List<SheetRow> rows = RequestSheetReader.readCsv(csv.getBytes(StandardCharsets.UTF_8), errors);

        assertThat(errors.isEmpty()).isTrue(); // an unknown marker is the service's to report, with the allowed codes
        assertThat(rows)
                .extracting(r -> r.request().genderMarker())
                .containsExactly("NOT_TARGETED", "PRINCIPAL", null, "HIGH");
    }

    @Test
    void semicolonSeparatedCsvAsEuropeanSpreadsheetsWriteIt() {
        String csv =
                HEADER.replace(',', ';') + "\n" + "T;D;MLI;LEGISLATION;EXPERTISE;75000;VRAI?;3;2027-03;2027-12;;;\n";
        FieldErrors errors = new FieldErrors();

        List<SheetRow> rows = RequestSheetReader.readCsv(csv.getBytes(StandardCharsets.UTF_8), errors);

        assertThat(rows)
                .singleElement()
                .satisfies(r -> assertThat(r.request().state()).isEqualTo("MLI"));
        assertThat(fields(errors)).containsExactly("row 2, divisible");
    }

    @Test
    void aHeaderWithUnknownOrMissingColumnsIsReported() {
        String csv = "title,description,colour\nA,B,red\n";
        FieldErrors errors = new FieldErrors();

        RequestSheetReader.readCsv(csv.getBytes(StandardCharsets.UTF_8), errors);

        assertThat(fields(errors)).contains("row 1, colour", "row 1, area", "row 1, amountUsd", "row 1, end");
    }

    @Test
    void anEmptyFileOrAFileWithOnlyAHeaderIsReported() {
        FieldErrors empty = new FieldErrors();
        FieldErrors headerOnly = new FieldErrors();
        RequestSheetReader.readCsv(new byte[0], empty);
        RequestSheetReader.readCsv((HEADER + "\n").getBytes(StandardCharsets.UTF_8), headerOnly);
        assertThat(fields(empty)).containsExactly("row 1");
        assertThat(fields(headerOnly)).containsExactly("row 2");
    }

    @Test
    void aBodyThatIsNoWorkbookIsMalformed() {
        assertThatThrownBy(() -> RequestSheetReader.readXlsx(
                        "title,description".getBytes(StandardCharsets.UTF_8), new FieldErrors()))
                .isInstanceOf(UnreadableInputException.class);
    }

    @Test
    void theTemplateHasTheHeaderAndDropDownListsAndReadsBackEmpty() throws IOException {
        List<State> states = List.of(
                new State("NER", "Niger", Region.AFRICA, "Western Africa", false),
                new State("MLI", "Mali", Region.AFRICA, "Western Africa", false));

        byte[] template = RequestSheetTemplate.write(states);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet sheet = workbook.getSheet(RequestSheetTemplate.SHEET);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).isEqualTo(RequestColumns.ALL);
            List<XSSFDataValidation> validations = sheet.getDataValidations();
            assertThat(validations).hasSize(8);
            assertThat(validations)
                    .extracting(v -> v.getValidationConstraint().getFormula1())
                    .contains("AreaCodes", "TypeCodes", "StateCodes", "YesNo", "GenderMarkers", "1");
            assertThat(workbook.getName("GenderMarkers").getRefersToFormula()).isEqualTo("codes!$I$2:$I$4");
            assertThat(validations)
                    .allSatisfy(v -> assertThat(
                                    v.getRegions().getCellRangeAddress(0).getLastRow())
                            .isGreaterThanOrEqualTo(1000));
            assertThat(workbook.getName("StateCodes").getRefersToFormula()).isEqualTo("codes!$D$2:$D$3");
            assertThat(workbook.getSheet(RequestSheetTemplate.CODES)
                            .getRow(1)
                            .getCell(3)
                            .getStringCellValue())
                    .isEqualTo("NER");
        }
        FieldErrors errors = new FieldErrors();
        assertThat(RequestSheetReader.readXlsx(template, errors)).isEmpty();
        assertThat(fields(errors)).containsExactly("row 2"); // no request rows yet
    }

    /** An endless CSV file: the reader must stop at the row cap while reading, or this test never ends. */
    @Test
    void csvReadingStopsAtTheRowCapWhileReading() {
        byte[] head = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] row = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                long at = served[0]++;
                return at < head.length ? head[(int) at] : row[(int) ((at - head.length) % row.length)];
            }
        };
        FieldErrors errors = new FieldErrors();

        List<SheetRow> rows = RequestSheetReader.readCsv(endless, errors);

        assertThat(rows).hasSize(RequestSheetReader.MAX_ROWS);
        assertThat(fields(errors)).containsExactly("row " + (RequestSheetReader.MAX_ROWS + 2));
        // read up to the first row past the cap, plus the readers' buffers (16 KiB), and not further
        assertThat(served[0])
                .isLessThan(head.length + (long) row.length * (RequestSheetReader.MAX_ROWS + 1) + 64 * 1024);
    }

    @Test
    void anXlsxFileOverTheRowCapIsReportedAtTheFirstRowPastIt() {
        List<Object> good =
                List.of("A", "B", "NER", "GENDER", "TRAINING", 1000.0, "yes", 1.0, "2027-01", "2027-02", "", "", "no");
        List<List<?>> sheet = new ArrayList<>();
        sheet.add(RequestColumns.ALL);
        for (int i = 0; i < RequestSheetReader.MAX_ROWS + 500; i++) {
            sheet.add(good);
        }
        FieldErrors errors = new FieldErrors();

        List<SheetRow> rows = RequestSheetReader.readXlsx(workbook(sheet), errors);

        assertThat(rows).hasSize(RequestSheetReader.MAX_ROWS);
        assertThat(fields(errors)).containsExactly("row " + (RequestSheetReader.MAX_ROWS + 2));
    }

    static byte[] workbook(List<List<?>> rows) {
        return Spreadsheets.xlsx(rows);
    }

    private static List<String> fields(FieldErrors errors) {
        try {
            errors.throwIfAny();
            return List.of();
        } catch (ValidationFailedException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }
}
