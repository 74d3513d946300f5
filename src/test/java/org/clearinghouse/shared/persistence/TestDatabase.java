package org.clearinghouse.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;

/**
 * A throwaway database migrated by Flyway from {@code db/migration}, with a RESOURCE_LOCAL EclipseLink
 * EntityManagerFactory on the persistence unit {@code clearinghouse} pointed at it. H2 in memory (MODE=LEGACY, as
 * WildFly's H2 runs here) or MariaDB on 127.0.0.1:3306 (root, no password), started if it is not running.
 */
public final class TestDatabase implements AutoCloseable {

    /** Which database. */
    public enum Kind {
        H2,
        MARIADB
    }

    /** The MariaDB schema the unit tests use; {@code -Dtest.db.schema=...} gives a second checkout its own. */
    public static final String MARIADB_SCHEMA = System.getProperty("test.db.schema", "clearinghouse_model_test");

    private static final String MARIADB_SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final String MARIADB_OPTIONS = "?sslMode=DISABLED&allowPublicKeyRetrieval=true";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Rows the tests write, children first; reference data (States, seeded organisations) is kept. */
    private static final String[] CLEAN_UP = {
        "DELETE FROM priority_inversion",
        "DELETE FROM run_coverage",
        "DELETE FROM unfunded_request",
        "DELETE FROM proposal",
        "DELETE FROM matching_run",
        "DELETE FROM job_claim",
        "DELETE FROM rejection",
        "DELETE FROM commitment",
        "DELETE FROM external_commitment_event",
        "DELETE FROM external_commitment",
        "DELETE FROM offer_area",
        "DELETE FROM offer_type",
        "DELETE FROM offer_region",
        "DELETE FROM offer_excluded_state",
        "DELETE FROM assistance_offer",
        "DELETE FROM request_duplicate_decision",
        "UPDATE assistance_request SET merged_into_id = NULL",
        "DELETE FROM assistance_request",
        "DELETE FROM user_account",
        "DELETE FROM organisation WHERE created_by <> 'migration'",
    };

    private final Kind kind;
    private final String url;
    private final String user;
    private final String password;
    private final EntityManagerFactory emf;

    private TestDatabase(Kind kind, String url, String user, String password) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        flyway().migrate();
        this.emf = Persistence.createEntityManagerFactory("clearinghouse", overrides());
    }

    /** Creates the database, applies every migration and opens the EntityManagerFactory. */
    public static TestDatabase create(Kind kind) {
        int n = SEQUENCE.incrementAndGet();
        if (kind == Kind.H2) {
            return new TestDatabase(kind, "jdbc:h2:mem:clearinghouse" + n + ";MODE=LEGACY;DB_CLOSE_DELAY=-1", "sa", "");
        }
        ensureMariaDbRunning();
        try (Connection c = DriverManager.getConnection(MARIADB_SERVER + MARIADB_OPTIONS, "root", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + MARIADB_SCHEMA);
            s.execute("CREATE DATABASE " + MARIADB_SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the MariaDB test database", e);
        }
        return new TestDatabase(kind, MARIADB_SERVER + MARIADB_SCHEMA + MARIADB_OPTIONS, "root", "");
    }

    /** Flyway on this database with the migrations of {@code db/migration}, as the application configures it. */
    public Flyway flyway() {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load();
    }

    private Map<String, Object> overrides() {
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("jakarta.persistence.jtaDataSource", "");
        p.put("jakarta.persistence.jdbc.url", url);
        p.put("jakarta.persistence.jdbc.user", user);
        p.put("jakarta.persistence.jdbc.password", password);
        p.put("eclipselink.target-server", "None");
        p.put("eclipselink.session-name", "clearinghouse-test-" + kind + "-" + SEQUENCE.incrementAndGet());
        p.put("eclipselink.logging.logger", "DefaultLogger");
        p.put("eclipselink.logging.level", System.getProperty("eclipselink.logging.level", "WARNING"));
        p.put("eclipselink.logging.level.sql", System.getProperty("eclipselink.logging.level.sql", "WARNING"));
        p.put("eclipselink.logging.parameters", "true");
        return p;
    }

    private static void ensureMariaDbRunning() {
        if (canConnect()) {
            return;
        }
        try {
            new ProcessBuilder("mkdir", "-p", "/run/mysqld").inheritIO().start().waitFor();
            new ProcessBuilder("chown", "mysql:mysql", "/run/mysqld")
                    .inheritIO()
                    .start()
                    .waitFor();
            new ProcessBuilder(
                            "start-stop-daemon",
                            "--start",
                            "--oknodo",
                            "--background",
                            "--exec",
                            "/usr/sbin/mariadbd",
                            "--",
                            "--user=mysql")
                    .inheritIO()
                    .start()
                    .waitFor();
            for (int i = 0; i < 60 && !canConnect(); i++) {
                Thread.sleep(500);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot start MariaDB", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!canConnect()) {
            throw new IllegalStateException("MariaDB is not reachable on 127.0.0.1:3306");
        }
    }

    private static boolean canConnect() {
        try (Connection connection = DriverManager.getConnection(MARIADB_SERVER + MARIADB_OPTIONS, "root", "")) {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    public Kind kind() {
        return kind;
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    /** A new EntityManager (close it). */
    public EntityManager em() {
        return emf.createEntityManager();
    }

    /** Runs the work in a transaction of a new EntityManager, commits, and returns the result. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = em();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Reads with a new EntityManager, outside any transaction. */
    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = em();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    /** A plain JDBC connection (close it). */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Deletes every row the tests write, keeping the reference data. */
    public void deleteTestData() {
        try (Connection c = connection();
                Statement s = c.createStatement()) {
            for (String sql : CLEAN_UP) {
                s.executeUpdate(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        emf.close();
        try (Connection c = connection();
                Statement s = c.createStatement()) {
            if (kind == Kind.H2) {
                s.execute("SHUTDOWN");
            } else {
                s.execute("DROP DATABASE IF EXISTS " + MARIADB_SCHEMA);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return kind.toString();
    }
}
