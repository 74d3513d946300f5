/**
 * The fellowship programme's use cases: publishing and closing calls, nominating, funding seats, proposing and
 * confirming a cohort with the cohort engine ({@code org.clearinghouse.cohort}), and anonymising personal data.
 * The services own the transactions; the pages and the API call them.
 */
package org.clearinghouse.fellowship.application;
