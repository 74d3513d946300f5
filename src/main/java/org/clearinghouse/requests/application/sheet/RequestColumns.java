package org.clearinghouse.requests.application.sheet;

import java.util.List;

/** The columns of a request spreadsheet, in template order; names are the API's field names. */
public final class RequestColumns {

    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String STATE = "state";
    public static final String AREA = "area";
    public static final String TYPE = "type";
    public static final String AMOUNT = "amountUsd";
    public static final String DIVISIBLE = "divisible";
    public static final String PRIORITY = "priority";
    public static final String START = "start";
    public static final String END = "end";
    public static final String NATIONAL_TARGET = "nationalTargetReference";
    public static final String CONTACT = "contact";
    public static final String CONSENT = "publishSummaryConsent";
    public static final String GENDER_MARKER = "genderMarker";

    /** Every column, in template order. */
    public static final List<String> ALL = List.of(
            TITLE,
            DESCRIPTION,
            STATE,
            AREA,
            TYPE,
            AMOUNT,
            DIVISIBLE,
            PRIORITY,
            START,
            END,
            NATIONAL_TARGET,
            CONTACT,
            CONSENT,
            GENDER_MARKER);
    /** Columns a file must have (the others may be left out: state is then the recipient's own). */
    public static final List<String> REQUIRED =
            List.of(TITLE, DESCRIPTION, AREA, TYPE, AMOUNT, DIVISIBLE, PRIORITY, START, END);

    private RequestColumns() {}
}
