package org.clearinghouse.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** XLSX workbooks for tests. */
public final class Spreadsheets {

    /** The columns of the request import, in the template's order (the gender marker last, optional). */
    public static final List<String> REQUEST_COLUMNS = List.of(
            "title",
            "description",
            "state",
            "area",
            "type",
            "amountUsd",
            "divisible",
            "priority",
            "start",
            "end",
            "nationalTargetReference",
            "contact",
            "publishSummaryConsent",
            "genderMarker");

    private Spreadsheets() {}

    /** A workbook whose first sheet holds the rows; Doubles, Booleans and other values become cells of that kind. */
    public static byte[] xlsx(List<? extends List<?>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("requests");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value instanceof Boolean b) {
                        row.createCell(c).setCellValue(b);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
