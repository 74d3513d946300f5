package org.clearinghouse.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes many new rows of one table with multi-row {@code INSERT ... VALUES (...), (...)} statements of up to
 * {@value #ROWS_PER_STATEMENT} rows, on the connection of the entity manager's current transaction: the rows are
 * written or refused with everything else the transaction does. For the few tables whose rows come by the thousand at
 * once (a matching run's proposals): one INSERT per row, as JPA writes them with {@code IDENTITY} keys, costs a round
 * trip each. The same SQL runs on MariaDB/MySQL and H2; the keys still come from the table's {@code AUTO_INCREMENT}.
 * The rows are not entities of the persistence context: read them back with a query.
 */
public final class MultiRowInsert {

    static final int ROWS_PER_STATEMENT = 500;

    private final String table;
    private final List<String> columns;

    private MultiRowInsert(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /** Rows of {@code table}, each giving a value (or null) for every one of {@code columns}, in that order. */
    public static MultiRowInsert into(String table, String... columns) {
        return new MultiRowInsert(table, List.of(columns));
    }

    /** Inserts {@code rows} in the entity manager's transaction (which must be active); answers how many. */
    public int write(EntityManager em, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        em.flush(); // what JPA holds for this transaction goes first (e.g. the rows these refer to)
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("No transaction is active: rows of " + table + " cannot be written.");
        }
        try {
            int written = 0;
            PreparedStatement full = null;
            try {
                for (int start = 0; start < rows.size(); start += ROWS_PER_STATEMENT) {
                    List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_STATEMENT));
                    if (chunk.size() == ROWS_PER_STATEMENT) {
                        if (full == null) {
                            full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
                        }
                        written += execute(full, chunk);
                    } else {
                        try (PreparedStatement last = connection.prepareStatement(sql(chunk.size()))) {
                            written += execute(last, chunk);
                        }
                    }
                }
            } finally {
                if (full != null) {
                    full.close();
                }
            }
            return written;
        } catch (SQLException e) {
            throw new PersistenceException("Writing " + rows.size() + " rows of " + table + " failed", e);
        }
    }

    private int execute(PreparedStatement statement, List<Object[]> chunk) throws SQLException {
        int parameter = 1;
        for (Object[] row : chunk) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException(
                        "a row of " + table + " has " + row.length + " values for " + columns.size() + " columns");
            }
            for (Object value : row) {
                statement.setObject(parameter++, value);
            }
        }
        return statement.executeUpdate();
    }

    String sql(int rowCount) {
        String row = "(" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        StringBuilder sql = new StringBuilder("INSERT INTO ")
                .append(table)
                .append(" (")
                .append(String.join(", ", columns))
                .append(") VALUES ");
        for (int i = 0; i < rowCount; i++) {
            sql.append(i == 0 ? "" : ", ").append(row);
        }
        return sql.toString();
    }
}
