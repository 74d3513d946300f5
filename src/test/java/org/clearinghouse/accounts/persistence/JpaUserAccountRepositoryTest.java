package org.clearinghouse.accounts.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.accounts.domain.UserAccount;
import org.clearinghouse.accounts.domain.UserAccountFilter;
import org.clearinghouse.directory.domain.Donor;
import org.clearinghouse.directory.domain.Organisation;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.persistence.DirectoryLookup;
import org.clearinghouse.shared.Fixtures;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;
import org.clearinghouse.shared.persistence.DatabaseTest;
import org.clearinghouse.shared.persistence.TestDatabase;
import org.clearinghouse.shared.persistence.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JpaUserAccountRepositoryTest extends DatabaseTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void roundTripsAnAccount(Kind kind) {
        TestDatabase db = db(kind);
        long id = insert(db, "niger.focal", Role.RECIPIENT, "NER");

        UserAccount read = db.read(em ->
                new JpaUserAccountRepository(em).findByUsername("niger.focal").orElseThrow());
        assertThat(read.getId()).isEqualTo(id);
        assertThat(read.getRole()).isEqualTo(Role.RECIPIENT);
        assertThat(read.getState().getCode()).isEqualTo("NER");
        assertThat(read.getOrganisation()).isNull();
        assertThat(read.boundTo()).isInstanceOf(State.class);
        assertThat(read.getPasswordHash()).matches(UserAccount.PASSWORD_HASH_PATTERN);
        assertThat(read.getFullName()).isEqualTo("Test User");
        assertThat(read.getEmail()).isEqualTo("niger.focal@example.org");
        assertThat(read.getPreferredLocale()).isEqualTo(Locale.FRENCH);
        assertThat(read.isEnabled()).isTrue();
        assertThat(read.getVersion()).isEqualTo(1);
        assertThat(read.getCreatedBy()).isEqualTo("admin");

        UserAccount donor = db.read(em -> {
            long donorId = insert(db, "eu.desk", Role.DONOR, "EU");
            return em.find(UserAccount.class, donorId);
        });
        assertThat(donor.boundTo()).isInstanceOf(Organisation.class);
        assertThat(donor.getOrganisation().getCode()).isEqualTo("EU");
        assertThat(db.<java.util.Optional<UserAccount>>read(
                        em -> new JpaUserAccountRepository(em).findByUsername("nobody")))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void answersTheIdentityStoreQueries(Kind kind) throws SQLException {
        TestDatabase db = db(kind);
        insert(db, "secretariat1", Role.SECRETARIAT, null);
        insert(db, "disabled1", Role.ADMIN, null);
        db.run(em -> new JpaUserAccountRepository(em)
                .findByUsername("disabled1")
                .orElseThrow()
                .setEnabled(false));

        try (Connection c = db.connection()) {
            assertThat(single(
                            c,
                            "SELECT password_hash FROM user_account WHERE username = ? AND enabled = TRUE",
                            "secretariat1"))
                    .singleElement()
                    .asString()
                    .startsWith("PBKDF2WithHmacSHA256:2048:");
            assertThat(single(
                            c,
                            "SELECT password_hash FROM user_account WHERE username = ? AND enabled = TRUE",
                            "disabled1"))
                    .isEmpty();
            assertThat(single(c, "SELECT role FROM user_account WHERE username = ?", "secretariat1"))
                    .containsExactly("SECRETARIAT");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void databaseRefusesPlainPasswordsAndWrongBindings(Kind kind) throws SQLException {
        String insert = "INSERT INTO user_account (username, password_hash, role, state_code, organisation_id, "
                + "preferred_locale, enabled, version, created_by, created_at, updated_by, updated_at) VALUES ";
        String audit = ", 'en', TRUE, 1, 'x', '2027-01-01 00:00:00', 'x', '2027-01-01 00:00:00')";
        String hash = "'" + Fixtures.pbkdf2Hash("secret") + "'";
        try (Connection c = db(kind).connection();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate(insert + "('a', 'secret', 'ADMIN', NULL, NULL" + audit))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate(insert + "('b', " + hash + ", 'RECIPIENT', NULL, NULL" + audit))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate(insert + "('c', " + hash + ", 'ADMIN', 'DEU', NULL" + audit))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate(insert + "('d', " + hash + ", 'DONOR', 'DEU', "
                            + "(SELECT id FROM organisation WHERE code = 'EU')" + audit))
                    .isInstanceOf(SQLException.class);
            assertThat(s.executeUpdate(insert + "('e', " + hash + ", 'DONOR', 'DEU', NULL" + audit))
                    .isEqualTo(1);
            assertThatThrownBy(() -> s.executeUpdate(insert + "('e', " + hash + ", 'DONOR', 'DEU', NULL" + audit))
                    .isInstanceOf(SQLException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void staleUpdateFailsWithOptimisticLockException(Kind kind) {
        TestDatabase db = db(kind);
        long id = insert(db, "admin1", Role.ADMIN, null);
        UserAccount stale = db.read(em -> em.find(UserAccount.class, id));

        db.run(em -> em.find(UserAccount.class, id).setPreferredLocale(Locale.forLanguageTag("es")));
        stale.setEnabled(false);

        assertThatThrownBy(() -> db.run(em -> {
                    new JpaUserAccountRepository(em).save(stale);
                    em.flush();
                }))
                .isInstanceOf(OptimisticLockException.class);
        UserAccount current = db.read(em -> em.find(UserAccount.class, id));
        assertThat(current.isEnabled()).isTrue();
        assertThat(current.getPreferredLocale().getLanguage()).isEqualTo("es");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void filtersPagesAndSorts(Kind kind) {
        TestDatabase db = db(kind);
        insert(db, "zed", Role.DONOR, "DEU");
        insert(db, "amy", Role.DONOR, "EU");
        insert(db, "bob", Role.RECIPIENT, "NER");
        insert(db, "cat", Role.SECRETARIAT, null);

        assertThat(usernames(db, UserAccountFilter.ANY, PageRequest.of(0, 10)))
                .containsExactly("amy", "bob", "cat", "zed");
        assertThat(usernames(db, new UserAccountFilter(Role.DONOR, null, null), PageRequest.of(0, 10)))
                .containsExactly("amy", "zed");
        assertThat(usernames(db, new UserAccountFilter(null, "EU", true), PageRequest.of(0, 10)))
                .containsExactly("amy");
        assertThat(usernames(db, new UserAccountFilter(null, "NER", null), PageRequest.of(0, 10)))
                .containsExactly("bob");
        assertThat(usernames(db, UserAccountFilter.ANY, PageRequest.of(1, 2, "username", SortDirection.DESC)))
                .containsExactly("bob", "amy");
        assertThat(usernames(db, UserAccountFilter.ANY, PageRequest.of(0, 1, "role", SortDirection.ASC)))
                .containsExactly("zed");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void signInQueriesAndDemoAccountsDisabledWhenTheDemoIsOff(Kind kind) {
        TestDatabase db = db(kind);
        insert(db, "admin", Role.ADMIN, null); // made by an administrator, not by the demo data
        long demoId = db.inTransaction(em -> {
            UserAccount demo = new UserAccount("secretariat", Fixtures.pbkdf2Hash("demo"), Role.SECRETARIAT);
            demo.setActingUser("demo");
            em.persist(demo);
            em.flush();
            return demo.getId();
        });

        List<String> disabled = db.inTransaction(em ->
                new JpaUserAccountRepository(em).disableDemoAccounts(List.of("admin", "secretariat", "donor.DEU")));

        assertThat(disabled).containsExactly("secretariat");
        UserAccount demo = db.read(em -> em.find(UserAccount.class, demoId));
        assertThat(demo.isEnabled()).isFalse();
        assertThat(demo.getSecurityStamp()).isEqualTo(1);
        assertThat(db.<java.util.OptionalLong>read(
                        em -> new JpaUserAccountRepository(em).enabledSecurityStamp("secretariat")))
                .isEmpty();
        assertThat(db.<java.util.OptionalLong>read(
                        em -> new JpaUserAccountRepository(em).enabledSecurityStamp("admin")))
                .hasValue(0);
        var credentials = db.<org.clearinghouse.accounts.domain.AccountCredentials>read(
                em -> new JpaUserAccountRepository(em).findCredentials("admin").orElseThrow());
        assertThat(credentials.role()).isEqualTo(Role.ADMIN);
        assertThat(credentials.enabled()).isTrue();
        db.run(em -> new JpaUserAccountRepository(em)
                .upgradePasswordHash("admin", credentials.passwordHash(), "PBKDF2WithHmacSHA256:600000:AAAA:BBBB"));
        assertThat(db.<String>read(em -> new JpaUserAccountRepository(em)
                        .findCredentials("admin")
                        .orElseThrow()
                        .passwordHash()))
                .isEqualTo("PBKDF2WithHmacSHA256:600000:AAAA:BBBB");
        assertThat(db.<List<String>>inTransaction(
                        em -> new JpaUserAccountRepository(em).disableDemoAccounts(List.of("secretariat"))))
                .as("a second start finds nothing left")
                .isEmpty();
    }

    private static long insert(TestDatabase db, String username, Role role, String boundTo) {
        return db.inTransaction(em -> {
            Donor donor = boundTo == null ? null : DirectoryLookup.donor(em, boundTo);
            UserAccount account = Fixtures.account(username, role, donor);
            account.setPreferredLocale(Locale.FRENCH);
            account.setActingUser("admin");
            return new JpaUserAccountRepository(em).save(account).getId();
        });
    }

    private static List<String> usernames(TestDatabase db, UserAccountFilter filter, PageRequest page) {
        return db.read(em -> new JpaUserAccountRepository(em).find(filter, page)).items().stream()
                .map(UserAccount::getUsername)
                .toList();
    }

    private static List<String> single(Connection c, String sql, String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? List.of(rs.getString(1)) : List.of();
            }
        }
    }
}
