/**
 * JPA implementations of the reports' repositories: the JPQL of the needs overview, the dashboard, the target
 * reports, the complementarities and the IATI export.
 */
package org.clearinghouse.reporting.persistence;
