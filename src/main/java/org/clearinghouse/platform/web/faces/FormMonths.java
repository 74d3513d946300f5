package org.clearinghouse.platform.web.faces;

import java.time.LocalDate;
import java.time.YearMonth;

/** A period picked in a form as two dates (the calendar picks days), exchanged with the services as months. */
public final class FormMonths {

    private FormMonths() {}

    /** "2027-03" for any day of March 2027; null for none. */
    public static String month(LocalDate date) {
        return date == null ? null : YearMonth.from(date).toString();
    }

    /** The first day of a month written "2027-03", for the calendar. */
    public static LocalDate firstDay(String month) {
        return YearMonth.parse(month).atDay(1);
    }

    /**
     * True unless both dates are picked and the end is before the start; then the period's message is shown next to
     * the end field ({@code endClientId}).
     */
    public static boolean inOrder(LocalDate start, LocalDate end, String endClientId) {
        if (start != null && end != null && end.isBefore(start)) {
            Texts.fieldError(endClientId, "request.period.order");
            return false;
        }
        return true;
    }
}
