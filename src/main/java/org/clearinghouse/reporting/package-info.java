/**
 * Reporting beyond the platform: the IATI 2.03 activity export of commitments (one activity per commitment, the
 * donor as reporting organisation), filtered by who asks and by the recipient State's consent.
 */
package org.clearinghouse.reporting;
