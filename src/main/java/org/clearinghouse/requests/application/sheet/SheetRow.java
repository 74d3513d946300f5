package org.clearinghouse.requests.application.sheet;

import org.clearinghouse.requests.application.RequestInput;

/** One data row of a spreadsheet: its number as the spreadsheet shows it (the header is row 1) and its request. */
public record SheetRow(int number, RequestInput request) {}
