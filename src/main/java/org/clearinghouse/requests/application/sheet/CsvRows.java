package org.clearinghouse.requests.application.sheet;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV read as a stream, one row at a time: fields in double quotes may hold separators, line breaks and
 * doubled quotes. Cells past {@link RequestSheetReader#MAX_COLUMNS} are dropped.
 */
final class CsvRows {

    private CsvRows() {}

    /** Reads rows from {@code in} into {@code sink} until the text ends or the sink wants no more. */
    static void read(Reader in, char separator, RowSink sink) throws IOException {
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean pendingRow = false;
        int c = in.read();
        while (c >= 0) {
            int next = in.read();
            if (quoted) {
                if (c == '"' && next == '"') {
                    field.append('"');
                    next = in.read();
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append((char) c);
                }
                pendingRow = true;
            } else if (c == '"') {
                quoted = true;
                pendingRow = true;
            } else if (c == separator) {
                add(row, field);
                pendingRow = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && next == '\n') {
                    next = in.read();
                }
                add(row, field);
                if (!sink.row(row)) {
                    return;
                }
                row = new ArrayList<>();
                pendingRow = false;
            } else {
                field.append((char) c);
                pendingRow = true;
            }
            c = next;
        }
        if (pendingRow || field.length() > 0 || !row.isEmpty()) {
            add(row, field);
            sink.row(row);
        }
    }

    private static void add(List<String> row, StringBuilder field) {
        if (row.size() < RequestSheetReader.MAX_COLUMNS) {
            row.add(field.toString());
        }
        field.setLength(0);
    }
}
