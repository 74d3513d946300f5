package org.clearinghouse.alumni.persistence;

import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Tells a unique-key clash (two callers creating the same attendance record or follow-up at once) from other
 * database failures: the first caller wins, the second gets a 409 instead of a 500.
 */
final class SameRowTwice {

    private SameRowTwice() {}

    static boolean isCauseOf(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
