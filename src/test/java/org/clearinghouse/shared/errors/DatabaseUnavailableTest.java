package org.clearinghouse.shared.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached" (503, try again) rather than a fault (500 or 4xx). */
class DatabaseUnavailableTest {

    @Test
    void theDriversOwnFailureToConnectIsRecognisedEvenWhenWrapped() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Throwable refused = catchThrowable(() -> DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + closedPort + "/none?connectTimeout=2000", "nobody", "none"));

        assertThat(refused).isInstanceOf(SQLException.class);
        assertThat(DatabaseUnavailable.isCauseOf(refused)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException("wrapped", new RuntimeException(refused))))
                .isTrue();
    }

    @Test
    void aFaultyStatementIsNotAnUnreachableDatabase() throws SQLException {
        Throwable fault;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:unavailable-test")) {
            fault = catchThrowable(() -> connection.createStatement().executeQuery("SELECT * FROM no_such_table"));
        }

        assertThat(fault).isInstanceOf(SQLException.class);
        assertThat(DatabaseUnavailable.isCauseOf(fault)).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(null)).isFalse();
    }

    @Test
    void thePoolsFailureToGetAConnectionIsRecognisedByItsCode() {
        SQLException pool = new SQLException("jakarta.resource.ResourceException: IJ000453: Unable to get managed "
                + "connection for java:jboss/datasources/ClearinghouseDS");

        assertThat(DatabaseUnavailable.isCauseOf(pool)).isTrue();
    }

    /** What the transaction manager throws when the connection drops during the commit (seen in FaultsIT). */
    @Test
    void aCommitThatLostItsConnectionIsRecognisedThroughTheSuppressedFailure() {
        RuntimeException rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        RuntimeException local = new IllegalStateException(
                "IJ001156: Could not commit local transaction",
                new SQLException("Communications link failure", "08S01"));
        rollback.addSuppressed(local);

        assertThat(DatabaseUnavailable.isCauseOf(rollback)).isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("a bug")))
                .isFalse();
    }

    @Test
    void aChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(DatabaseUnavailable.isCauseOf(first)).isFalse();
    }
}
