package org.clearinghouse.backup.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.clearinghouse.shared.errors.ConflictException;

/**
 * An online backup of the embedded H2 database with its own {@code BACKUP TO} statement: a zip of the database file,
 * transactionally consistent (H2's multi-version store), taken while the application keeps serving. Other databases
 * are refused with a 409 that says which tool to use.
 */
@ApplicationScoped
public class DatabaseBackup {

    static final String MYSQL_ADVICE = "The database is MySQL/MariaDB: back it up with"
            + " 'mariadb-dump --single-transaction' (see docs/operations.md); this download is for the embedded database.";

    @Resource(lookup = "java:jboss/datasources/ClearinghouseDS")
    DataSource dataSource;

    /**
     * Writes a backup to a new temporary file and returns it; the caller deletes it once sent.
     *
     * @throws ConflictException when the database is not the embedded H2
     */
    public Path toTemporaryFile() {
        try (Connection connection = dataSource.getConnection()) {
            if (!isH2(connection)) {
                throw new ConflictException(MYSQL_ADVICE);
            }
            Path file = Files.createTempFile("clearinghouse-backup-", ".zip");
            Files.delete(file);
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO " + quoted(file.toString()));
            }
            return file;
        } catch (SQLException failed) {
            throw new IllegalStateException("The backup could not be written", failed);
        } catch (IOException failed) {
            throw new UncheckedIOException("No temporary file for the backup", failed);
        }
    }

    static boolean isH2(Connection connection) throws SQLException {
        return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    }

    /** An SQL string literal: single quotes doubled. */
    static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
