package org.clearinghouse.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The authorization matrix as written in {@code authorization-matrix.txt} (test resources, beside this class): one
 * row per operation, the fixture it needs and the status each {@link Who caller} must get.
 */
final class MatrixTable {

    static final String RESOURCE = "authorization-matrix.txt";

    /** The callers of every row, in the order of the table's columns. */
    enum Who {
        ANONYMOUS("anon"),
        RECIPIENT_OWN("r.own"),
        RECIPIENT_OTHER("r.oth"),
        DONOR_OWN("d.own"),
        DONOR_OTHER("d.oth"),
        SECRETARIAT("secr"),
        ADMIN("admin");

        final String column;

        Who(String column) {
            this.column = column;
        }
    }

    /** A cell: the status, and whether the caller may know the record exists although refused ({@code 403*}). */
    record Expected(int status, boolean knowsRecord) {

        /**
         * A status, {@code 403*}, or {@code embedded/mysql}: one status per database the server runs on (property
         * {@code it.database}), for an operation whose answer the database decides.
         */
        static Expected parse(String cell) {
            return parse(cell, System.getProperty("it.database", "embedded"));
        }

        static Expected parse(String cell, String database) {
            int slash = cell.indexOf('/');
            if (slash >= 0) {
                return parse(database.equals("mysql") ? cell.substring(slash + 1) : cell.substring(0, slash), database);
            }
            boolean known = cell.endsWith("*");
            return new Expected(Integer.parseInt(known ? cell.substring(0, cell.length() - 1) : cell), known);
        }

        /** A refusal an unknown id must get alike (no existence oracle). */
        boolean hidesExistence() {
            return !knowsRecord && (status == 401 || status == 403 || status == 404);
        }

        @Override
        public String toString() {
            return status + (knowsRecord ? "*" : "");
        }
    }

    /** One operation: its method and path as the document names them, its fixture, one expectation per caller. */
    record Row(int line, String method, String path, String fixture, List<Expected> expected) {

        String operation() {
            return method + " " + path;
        }

        Expected expectedFor(Who who) {
            return expected.get(who.ordinal());
        }

        boolean namesARecord() {
            return path.contains("{id}");
        }

        /** Whether every caller, anonymous ones included, gets a success. */
        boolean isPublic() {
            return expected.stream().allMatch(e -> e.status() / 100 == 2);
        }

        @Override
        public String toString() {
            return operation();
        }
    }

    private MatrixTable() {}

    static List<Row> rows() {
        try (InputStream in = MatrixTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + MatrixTable.class.getName());
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        int columns = 3 + Who.values().length;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s+");
            if (cells.length != columns) {
                throw new IllegalArgumentException(
                        RESOURCE + " line " + (i + 1) + ": " + columns + " cells expected, not " + cells.length);
            }
            List<Expected> expected = new ArrayList<>();
            for (int c = 3; c < columns; c++) {
                expected.add(Expected.parse(cells[c]));
            }
            rows.add(new Row(i + 1, cells[0].toUpperCase(Locale.ROOT), cells[1], cells[2], List.copyOf(expected)));
        }
        return rows;
    }
}
