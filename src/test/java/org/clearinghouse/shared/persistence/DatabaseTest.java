package org.clearinghouse.shared.persistence;

import java.util.EnumMap;
import java.util.Map;
import org.clearinghouse.shared.persistence.TestDatabase.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the persistence tests: one migration run per database (H2 and MariaDB) per test class; every test starts
 * from the reference data alone. Tests take the database as a parameter:
 * {@code @ParameterizedTest @EnumSource(Kind.class) void x(Kind kind)}.
 */
public abstract class DatabaseTest {

    private static final Map<Kind, TestDatabase> DATABASES = new EnumMap<>(Kind.class);

    @BeforeAll
    static void migrateDatabases() {
        for (Kind kind : Kind.values()) {
            DATABASES.put(kind, TestDatabase.create(kind));
        }
    }

    @AfterAll
    static void dropDatabases() {
        DATABASES.values().forEach(TestDatabase::close);
        DATABASES.clear();
    }

    @BeforeEach
    void deleteTestData() {
        DATABASES.values().forEach(TestDatabase::deleteTestData);
    }

    protected static TestDatabase db(Kind kind) {
        return DATABASES.get(kind);
    }
}
