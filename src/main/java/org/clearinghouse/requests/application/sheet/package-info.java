/**
 * Requests in spreadsheets: the XLSX template (header row, drop-down lists of codes) and the reader of XLSX and CSV
 * files into one {@link org.clearinghouse.requests.application.RequestInput} per row, naming every unreadable
 * cell by its row. Plain Java over Apache POI, unit-tested without a server.
 */
package org.clearinghouse.requests.application.sheet;
