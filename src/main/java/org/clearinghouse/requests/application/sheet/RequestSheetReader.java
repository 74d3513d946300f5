package org.clearinghouse.requests.application.sheet;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearinghouse.requests.application.RequestInput;
import org.clearinghouse.requests.domain.GenderMarker;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.PayloadTooLargeException;
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

    /** Cells past this column are not read (a request has fewer than twenty columns). */
    public static final int MAX_COLUMNS = 100;

    private RequestSheetReader() {}

    /** The rows of an XLSX workbook; a file that is not one is malformed input (400). */
    public static List<SheetRow> readXlsx(byte[] xlsx, FieldErrors errors) {
        return readXlsx(new ByteArrayInputStream(xlsx), errors);
    }

    /**
     * The rows of an XLSX workbook read as a stream: reading stops at the first row past {@link #MAX_ROWS}. A file
     * that is not a workbook is malformed input (400).
     */
    public static List<SheetRow> readXlsx(InputStream xlsx, FieldErrors errors) {
        Collector rows = new Collector(errors);
        try {
            XlsxRows.read(xlsx, rows);
        } catch (IOException | RuntimeException e) {
            rethrowRefusals(e);
            throw new UnreadableInputException("The body is not a readable XLSX workbook.");
        }
        return rows.finish();
    }

    /** The rows of CSV text. */
    public static List<SheetRow> readCsv(byte[] csv, FieldErrors errors) {
        return readCsv(new ByteArrayInputStream(csv), errors);
    }

    /**
     * The rows of CSV text (UTF-8, with or without BOM) read line by line: reading stops at the first row past
     * {@link #MAX_ROWS}. The separator is a semicolon when the header line has semicolons and no comma.
     */
    public static List<SheetRow> readCsv(InputStream csv, FieldErrors errors) {
        Collector rows = new Collector(errors);
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), HEADER_PEEK);
            in.mark(HEADER_PEEK);
            char[] start = new char[HEADER_PEEK];
            int length = Math.max(0, in.read(start, 0, HEADER_PEEK));
            in.reset();
            String header = new String(start, 0, length);
            if (header.startsWith("\uFEFF")) {
                in.skip(1);
                header = header.substring(1);
            }
            int lineEnd = header.indexOf('\n');
            String firstLine = lineEnd < 0 ? header : header.substring(0, lineEnd);
            char separator = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
            CsvRows.read(in, separator, rows);
        } catch (IOException | RuntimeException e) {
            rethrowRefusals(e);
            throw new UnreadableInputException("The file could not be read as CSV text.");
        }
        return rows.finish();
    }

    /** How much of a CSV file is looked at to find its separator. */
    private static final int HEADER_PEEK = 8192;

    /** A refusal (too large, malformed) raised while reading goes out as it is. */
    private static void rethrowRefusals(Exception e) {
        PayloadTooLargeException tooLarge = PayloadTooLargeException.in(e);
        if (tooLarge != null) {
            throw tooLarge;
        }
        if (e instanceof UnreadableInputException unreadable) {
            throw unreadable;
        }
    }

    /** Rows of cell texts (header first) into requests. */
    static List<SheetRow> rows(List<List<String>> table, FieldErrors errors) {
        Collector rows = new Collector(errors);
        for (List<String> cells : table) {
            if (!rows.row(cells)) {
                break;
            }
        }
        return rows.finish();
    }

    /** Turns rows into requests as they are read; wants no more once a file passes {@link #MAX_ROWS}. */
    private static final class Collector implements RowSink {

        private final FieldErrors errors;
        private final List<SheetRow> rows = new ArrayList<>();
        private Map<String, Integer> columns;
        private int number;

        Collector(FieldErrors errors) {
            this.errors = errors;
        }

        @Override
        public boolean row(List<String> cells) {
            number++;
            if (columns == null) {
                if (cells.stream().allMatch(String::isBlank)) {
                    return false;
                }
                columns = header(cells, errors);
                return true;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                return true;
            }
            if (rows.size() == MAX_ROWS) {
                errors.add("row " + number, "a file holds at most " + MAX_ROWS + " requests; split it.");
                return false;
            }
            rows.add(RequestSheetReader.row(number, cells, columns, errors));
            return true;
        }

        List<SheetRow> finish() {
            if (columns == null) {
                errors.add("row 1", "must name the columns: " + String.join(", ", RequestColumns.ALL) + ".");
                return List.of();
            }
            if (rows.isEmpty() && errors.isEmpty()) {
                errors.add("row 2", "the file has no request rows under the header.");
            }
            return rows;
        }
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
}
