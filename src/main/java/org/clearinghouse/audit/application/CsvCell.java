package org.clearinghouse.audit.application;

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; text starting with {@code = + - @} (or a tab or
 * carriage return) is prefixed with an apostrophe, so that a spreadsheet shows it instead of running it as a formula.
 */
final class CsvCell {

    private CsvCell() {}

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
