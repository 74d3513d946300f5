package org.clearinghouse.requests.application.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clearinghouse.requests.application.RequestInput;
import org.clearinghouse.requests.domain.GenderMarker;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.UnreadableInputException;

/**
 * Reads requests from the first sheet of an XLSX workbook or from CSV text (comma or semicolon separated, RFC 4180
 * quoting, UTF-8 with or without BOM). Row 1 names the columns ({@link RequestColumns}, any order, any case); each
 * later non-empty row is one request. Cells that cannot be read as their column's kind (a number, a yes/no, a month)
 * are recorded in the errors as {@code "row 7, amountUsd"}; the codes and rules of a request are the import
 * service's to check.
 */
public final class RequestSheetReader {

    /** At most this many request rows in one file. */
    public static final int MAX_ROWS = 1000;

    private RequestSheetReader() {}

    /** The rows of an XLSX workbook; a file that is not one is malformed input (400). */
    public static List<SheetRow> readXlsx(byte[] xlsx, FieldErrors errors) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableInputException("The workbook has no sheet.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c), evaluator, formatter));
                    }
                }
                table.add(cells);
            }
            return rows(table, errors);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableInputException problem) {
                throw problem;
            }
            throw new UnreadableInputException("The body is not a readable XLSX workbook: " + e.getMessage());
        }
    }

    /** The rows of CSV text. */
    public static List<SheetRow> readCsv(byte[] csv, FieldErrors errors) {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        return rows(Csv.parse(text, separator), errors);
    }

    /** Rows of cell texts (header first) into requests. */
    static List<SheetRow> rows(List<List<String>> table, FieldErrors errors) {
        if (table.isEmpty() || table.get(0).stream().allMatch(String::isBlank)) {
            errors.add("row 1", "must name the columns: " + String.join(", ", RequestColumns.ALL) + ".");
            return List.of();
        }
        Map<String, Integer> columns = header(table.get(0), errors);
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                errors.add("row " + (i + 1), "a file holds at most " + MAX_ROWS + " requests; split it.");
                break;
            }
            rows.add(row(i + 1, cells, columns, errors));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add("row 2", "the file has no request rows under the header.");
        }
        return rows;
    }

    private static Map<String, Integer> header(List<String> names, FieldErrors errors) {
        Map<String, String> known = new HashMap<>();
        RequestColumns.ALL.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c).trim();
            if (name.isEmpty()) {
                continue;
            }
            String column = known.get(name.toLowerCase(Locale.ROOT));
            if (column == null) {
                errors.add(
                        "row 1, " + name,
                        "is not a column of a request; the columns are " + String.join(", ", RequestColumns.ALL) + ".");
            } else if (columns.putIfAbsent(column, c) != null) {
                errors.add("row 1, " + column, "appears twice.");
            }
        }
        for (String required : RequestColumns.REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add("row 1, " + required, "the column is missing.");
            }
        }
        return columns;
    }

    private static SheetRow row(int number, List<String> cells, Map<String, Integer> columns, FieldErrors errors) {
        String where = "row " + number + ", ";
        Map<String, String> v = new HashMap<>();
        columns.forEach((column, index) -> {
            String value = index < cells.size() ? cells.get(index).trim() : "";
            v.put(column, value.isEmpty() ? null : value);
        });
        RequestInput input = new RequestInput(
                v.get(RequestColumns.TITLE),
                v.get(RequestColumns.DESCRIPTION),
                upper(v.get(RequestColumns.STATE)),
                upper(v.get(RequestColumns.AREA)),
                upper(v.get(RequestColumns.TYPE)),
                whole(where, RequestColumns.AMOUNT, v.get(RequestColumns.AMOUNT), errors),
                yesNo(where, RequestColumns.DIVISIBLE, v.get(RequestColumns.DIVISIBLE), errors),
                integer(where, RequestColumns.PRIORITY, v.get(RequestColumns.PRIORITY), errors),
                v.get(RequestColumns.START),
                v.get(RequestColumns.END),
                v.get(RequestColumns.NATIONAL_TARGET),
                v.get(RequestColumns.CONTACT),
                yesNo(where, RequestColumns.CONSENT, v.get(RequestColumns.CONSENT), errors),
                genderMarker(v.get(RequestColumns.GENDER_MARKER)),
                null,
                null);
        return new SheetRow(number, input);
    }

    /** A marker's name (any case, spaces for underscores) or its DAC score 0, 1 or 2, as IATI files carry it. */
    private static String genderMarker(String value) {
        String code = upper(value);
        GenderMarker byScore =
                code != null && code.matches("[0-9]") ? GenderMarker.ofDacScore(Integer.parseInt(code)) : null;
        return byScore != null ? byScore.name() : code;
    }

    private static String upper(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT).replace(' ', '_');
    }

    private static Long whole(String where, String column, String text, FieldErrors errors) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value =
                    new BigDecimal(text.replace(",", "").replace(" ", "").replace("\u00A0", ""));
            return value.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(where + column, "'" + text + "' is not a whole number of US dollars.");
            return null;
        }
    }

    private static Integer integer(String where, String column, String text, FieldErrors errors) {
        Long value = whole(where, column, text, errors);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            errors.add(where + column, "'" + text + "' is out of range.");
            return null;
        }
        return value.intValue();
    }

    private static Boolean yesNo(String where, String column, String text, FieldErrors errors) {
        if (text == null) {
            return null;
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "oui", "si", "sí":
                return true;
            case "false", "no", "n", "0", "non":
                return false;
            default:
                errors.add(where + column, "'" + text + "' is neither yes nor no (TRUE or FALSE).");
                return null;
        }
    }

    /** The cell as text: whole numbers without decimals, dates as their month (YYYY-MM), booleans TRUE/FALSE. */
    private static String text(Cell cell, FormulaEvaluator evaluator, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type =
                cell.getCellType() == CellType.FORMULA ? evaluator.evaluateFormulaCell(cell) : cell.getCellType();
        switch (type) {
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return YearMonth.from(cell.getDateCellValue().toInstant().atOffset(ZoneOffset.UTC))
                            .toString();
                }
                return BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case STRING:
                return cell.getStringCellValue();
            case BLANK:
                return "";
            default:
                return formatter.formatCellValue(cell, evaluator);
        }
    }
}
