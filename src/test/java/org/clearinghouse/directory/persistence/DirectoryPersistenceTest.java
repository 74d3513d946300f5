package org.clearinghouse.directory.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.Organisation;
import org.clearinghouse.directory.domain.OrganisationKind;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.shared.persistence.DatabaseTest;
import org.clearinghouse.shared.persistence.TestDatabase;
import org.clearinghouse.shared.persistence.TestDatabase.Kind;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DirectoryPersistenceTest extends DatabaseTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void loadsAll195StatesWithRegionAndSubRegion(Kind kind) {
        List<State> states = db(kind).read(em -> new JpaStateRepository(em).findAll());

        assertThat(states).hasSize(195);
        assertThat(states).extracting(State::getCode).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]{3}"));
        assertThat(states)
                .filteredOn(State::isObserver)
                .extracting(State::getCode)
                .containsExactlyInAnyOrder("VAT", "PSE");
        assertThat(states)
                .extracting(State::getCode, State::getRegion, State::getSubRegion)
                .contains(
                        tuple("NER", Region.AFRICA, "Western Africa"),
                        tuple("HTI", Region.AMERICAS, "Caribbean"),
                        tuple("DEU", Region.EUROPE, "Western Europe"),
                        tuple("JPN", Region.ASIA, "Eastern Asia"),
                        tuple("FJI", Region.OCEANIA, "Melanesia"),
                        tuple("VAT", Region.EUROPE, "Southern Europe"),
                        tuple("PSE", Region.ASIA, "Western Asia"));
        assertThat(states)
                .extracting(State::getName)
                .contains(
                        "Côte d'Ivoire",
                        "Türkiye",
                        "United Kingdom of Great Britain and Northern Ireland",
                        "Holy See",
                        "State of Palestine");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyStateHasTheIsoAlpha2CodeOfItsAlpha3Code(Kind kind) {
        List<State> states = db(kind).read(em -> new JpaStateRepository(em).findAll());
        java.util.Map<String, String> iso = new java.util.HashMap<>();
        for (String alpha2 : java.util.Locale.getISOCountries()) {
            iso.put(new java.util.Locale("", alpha2).getISO3Country(), alpha2);
        }

        assertThat(states)
                .hasSize(195)
                .allSatisfy(s -> assertThat(s.getAlpha2()).as(s.getCode()).isEqualTo(iso.get(s.getCode())));
        assertThat(states).extracting(State::getAlpha2).doesNotHaveDuplicates();
        assertThat(states)
                .extracting(State::getCode, State::getAlpha2)
                .contains(tuple("NER", "NE"), tuple("PSE", "PS"), tuple("VAT", "VA"), tuple("NAM", "NA"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void migrationsAreAppliedOnceAndValidate(Kind kind) {
        Flyway flyway = db(kind).flyway();

        assertThat(flyway.info().applied())
                .extracting(m -> m.getVersion().getVersion())
                .containsExactlyElementsOf(migrationVersionsInSqlFolder());
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        flyway.validate();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void countsStatesPerRegion(Kind kind) {
        db(kind).run(em -> countStatesPerRegion(new JpaStateRepository(em)));
    }

    private static void countStatesPerRegion(JpaStateRepository states) {
        assertThat(states.findByRegion(Region.AFRICA)).hasSize(54);
        assertThat(states.findByRegion(Region.AMERICAS)).hasSize(35);
        assertThat(states.findByRegion(Region.ASIA)).hasSize(48);
        assertThat(states.findByRegion(Region.EUROPE)).hasSize(44);
        assertThat(states.findByRegion(Region.OCEANIA)).hasSize(14);
        assertThat(states.findByCode("NER")).map(State::getName).contains("Niger");
        assertThat(states.findByCode("XXX")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void referenceTablesHoldTheCodesOfTheEnums(Kind kind) throws SQLException {
        assertThat(rows(db(kind), "SELECT code, description, paragraphs FROM commitment_area ORDER BY sort_order"))
                .containsExactlyElementsOf(Arrays.stream(CommitmentArea.values())
                        .map(a -> List.of(a.code(), a.description(), a.paragraphs()))
                        .toList());
        assertThat(rows(db(kind), "SELECT code, description FROM assistance_type ORDER BY sort_order"))
                .containsExactlyElementsOf(Arrays.stream(AssistanceType.values())
                        .map(t -> List.of(t.code(), t.description()))
                        .toList());
        assertThat(rows(db(kind), "SELECT code, name FROM region ORDER BY sort_order"))
                .containsExactlyElementsOf(Arrays.stream(Region.values())
                        .map(r -> List.of(r.code(), r.displayName()))
                        .toList());
        assertThat(CommitmentArea.STOCKPILE_MANAGEMENT.paragraphs()).isEqualTo("32–34, 59–60");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void seedsTheDemoOrganisations(Kind kind) {
        List<Organisation> organisations = db(kind).read(em -> new JpaOrganisationRepository(em).findAll());

        assertThat(organisations)
                .extracting(Organisation::getCode, Organisation::getKind)
                .contains(
                        tuple("EU", OrganisationKind.REGIONAL),
                        tuple("OSCE", OrganisationKind.REGIONAL),
                        tuple("UNDP", OrganisationKind.INTERNATIONAL),
                        tuple("UNSCAR", OrganisationKind.FUND),
                        tuple("ATT-VTF", OrganisationKind.FUND),
                        tuple("SALIENT", OrganisationKind.FUND));
        assertThat(organisations).allMatch(o -> o.getVersion() == 1 && "migration".equals(o.getCreatedBy()));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void findsDonorsByStateOrOrganisationCode(Kind kind) {
        db(kind).run(em -> {
            JpaOrganisationRepository organisations = new JpaOrganisationRepository(em);
            assertThat(organisations.findDonor("DEU")).get().isInstanceOf(State.class);
            assertThat(organisations.findDonor("ATT-VTF"))
                    .get()
                    .isInstanceOf(Organisation.class)
                    .extracting(d -> ((Organisation) d).getName())
                    .isEqualTo("Arms Trade Treaty Voluntary Trust Fund");
            assertThat(organisations.findDonor("NOPE")).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void roundTripsAnOrganisationWithAuditAndOptimisticLocking(Kind kind) {
        TestDatabase db = db(kind);
        long id = db.inTransaction(em -> {
            Organisation o =
                    new Organisation("ECOWAS", "Economic Community of West African States", OrganisationKind.REGIONAL);
            o.setActingUser("admin1");
            return new JpaOrganisationRepository(em).save(o).getId();
        });

        Organisation stale =
                db.read(em -> new JpaOrganisationRepository(em).findById(id).orElseThrow());
        assertThat(stale.getCode()).isEqualTo("ECOWAS");
        assertThat(stale.getVersion()).isEqualTo(1);
        assertThat(stale.getCreatedBy()).isEqualTo("admin1");
        assertThat(stale.getCreatedAt()).isNotNull().isEqualTo(stale.getUpdatedAt());

        db.run(em -> {
            Organisation o = em.find(Organisation.class, id);
            o.setName("ECOWAS Commission");
            o.setActingUser("admin2");
        });
        Organisation fresh = db.read(em -> em.find(Organisation.class, id));
        assertThat(fresh.getVersion()).isEqualTo(2);
        assertThat(fresh.getUpdatedBy()).isEqualTo("admin2");
        assertThat(fresh.getCreatedBy()).isEqualTo("admin1");

        stale.setName("Stale name");
        assertThatThrownBy(() -> db.run(em -> {
                    new JpaOrganisationRepository(em).save(stale);
                    em.flush();
                }))
                .isInstanceOf(OptimisticLockException.class);
        String name = db.read(em -> em.find(Organisation.class, id).getName());
        assertThat(name).isEqualTo("ECOWAS Commission");
    }

    static List<List<String>> rows(TestDatabase db, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = db.connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The versions of the files in sql/ (V{version}__{name}.sql), in order. */
    private static java.util.List<String> migrationVersionsInSqlFolder() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("sql"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
