package org.clearinghouse.shared.text;

/**
 * Text that people wrote, made safe for a CSV file that a spreadsheet opens: text starting with {@code = + - @} (or a
 * tab or carriage return) would run as a formula, so it gets an apostrophe in front and is shown as it was written.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {}

    public static String neutralised(String text) {
        if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }
}
