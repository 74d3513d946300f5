package org.clearinghouse.audit.application;

import org.clearinghouse.shared.text.SpreadsheetText;

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
        String safe = SpreadsheetText.neutralised(text);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
