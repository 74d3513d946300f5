/**
 * Measurability and reuse: what serves each voluntary target (requests, commitments, results), the dashboard
 * figures (requested, committed, disbursed by area, region and year; time to match and to commitment; shares matched
 * and used), the overview of needs with what is committed to them, and the IATI 2.03 export of commitments (codes in {@link org.clearinghouse.reporting.application.IatiCodes},
 * written by {@link org.clearinghouse.reporting.application.IatiXmlWriter}, validated against the XSD in tests).
 */
package org.clearinghouse.reporting.application;
