package org.clearinghouse.shared.errors;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recognises a failure whose cause is that the database cannot be reached (down, restarting, the pool unable to
 * open a connection), as opposed to a fault in the request or the code: such a request may simply be tried again
 * a few seconds later, so it is answered 503 with {@code Retry-After}, not 500.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /** The SQL state class of connection exceptions (SQL:2016, "08"). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    /** IronJacamar (WildFly's connection pool): unable to get or create a managed connection. */
    private static final String[] POOL_FAILURES = {"IJ000453", "IJ031084", "IJ000655"};

    private DatabaseUnavailable() {}

    /**
     * Whether anything in the chain of causes (with SQL's chained exceptions and suppressed exceptions) says the
     * database is unreachable.
     */
    public static boolean isCauseOf(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return search(thrown, seen, 0);
    }

    private static boolean search(Throwable thrown, Map<Throwable, Boolean> seen, int depth) {
        if (thrown == null || depth > 30 || seen.put(thrown, Boolean.TRUE) != null) {
            return false;
        }
        if (saysUnreachable(thrown)) {
            return true;
        }
        if (thrown instanceof SQLException sql && search(sql.getNextException(), seen, depth + 1)) {
            return true;
        }
        // a commit that failed because the connection dropped: the transaction manager's RollbackException carries
        // the resource's failure only as a suppressed exception
        for (Throwable suppressed : thrown.getSuppressed()) {
            if (search(suppressed, seen, depth + 1)) {
                return true;
            }
        }
        return search(thrown.getCause(), seen, depth + 1);
    }

    private static boolean saysUnreachable(Throwable thrown) {
        if (thrown instanceof SQLTransientConnectionException
                || thrown instanceof SQLNonTransientConnectionException
                || thrown instanceof SQLRecoverableException
                || thrown instanceof ConnectException) {
            return true;
        }
        if (thrown instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
            return true;
        }
        String message = thrown.getMessage();
        if (message != null) {
            for (String code : POOL_FAILURES) {
                if (message.contains(code)) {
                    return true;
                }
            }
        }
        return false;
    }
}
