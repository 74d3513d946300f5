package org.clearinghouse.offers.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.Donor;
import org.clearinghouse.directory.domain.Organisation;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.persistence.DirectoryLookup;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.AssistanceOfferFilter;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.shared.Fixtures;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;
import org.clearinghouse.shared.paging.UnknownSortFieldException;
import org.clearinghouse.shared.persistence.DatabaseTest;
import org.clearinghouse.shared.persistence.TestDatabase;
import org.clearinghouse.shared.persistence.TestDatabase.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JpaAssistanceOfferRepositoryTest extends DatabaseTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void roundTripsAStateDonorsOfferWithItsSets(Kind kind) {
        TestDatabase db = db(kind);
        long id = insert(db, "DEU", o -> {
            o.setExcludedStates(Set.of("MLI", "NER"));
            o.setContact("desk@example.org");
            o.setActingUser("germany.donor");
        });

        AssistanceOffer read = db.read(em -> {
            AssistanceOffer o =
                    new JpaAssistanceOfferRepository(em).findById(id).orElseThrow();
            o.getAreas().size();
            return o;
        });
        assertThat(read.donor()).isInstanceOf(State.class);
        assertThat(read.donorCode()).isEqualTo("DEU");
        assertThat(read.getDonorOrganisation()).isNull();
        assertThat(read.getTitle()).isEqualTo(Fixtures.offer(null).getTitle());
        assertThat(read.getDescription()).isEqualTo(Fixtures.offer(null).getDescription());
        assertThat(read.getAreas())
                .containsExactlyInAnyOrder(
                        CommitmentArea.MARKING_RECORD_KEEPING_TRACING, CommitmentArea.STOCKPILE_MANAGEMENT);
        assertThat(read.getTypes()).containsExactlyInAnyOrder(AssistanceType.EQUIPMENT, AssistanceType.TRAINING);
        assertThat(read.getRegions()).containsExactly(Region.AFRICA);
        assertThat(read.getExcludedStates()).containsExactlyInAnyOrder("MLI", "NER");
        assertThat(read.getCapacityUsd()).isEqualTo(1_500_000);
        assertThat(read.getMaxPerRequestUsd()).isEqualTo(400_000L);
        assertThat(read.getStartMonth()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(read.getEndMonth()).isEqualTo(YearMonth.of(2028, 6));
        assertThat(read.getStatus()).isEqualTo(OfferStatus.OPEN);
        assertThat(read.getContact()).isEqualTo("desk@example.org");
        assertThat(read.getVersion()).isEqualTo(1);
        assertThat(read.getCreatedBy()).isEqualTo("germany.donor");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void roundTripsAnOrganisationsOfferWithNoCeilingAndNoRegion(Kind kind) {
        TestDatabase db = db(kind);
        long id = insert(db, "EU", o -> {
            o.setMaxPerRequestUsd(null);
            o.setRegions(Set.of());
        });

        AssistanceOffer read = db.read(em -> em.find(AssistanceOffer.class, id));
        assertThat(read.donor()).isInstanceOf(Organisation.class);
        assertThat(read.donorCode()).isEqualTo("EU");
        assertThat(read.getDonorState()).isNull();
        assertThat(read.getMaxPerRequestUsd()).isNull();
        assertThat(read.getRegions()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void staleUpdateFailsWithOptimisticLockExceptionAndSetsAreReplaced(Kind kind) {
        TestDatabase db = db(kind);
        long id = insert(db, "DEU", o -> {});
        AssistanceOffer stale = db.read(em -> {
            AssistanceOffer o = em.find(AssistanceOffer.class, id);
            o.getAreas().size();
            return o;
        });

        db.run(em -> {
            AssistanceOffer current = em.find(AssistanceOffer.class, id);
            current.getAreas().remove(CommitmentArea.STOCKPILE_MANAGEMENT);
            current.getRegions().add(Region.ASIA);
            current.setDonor(em.find(State.class, "JPN"));
        });
        AssistanceOffer updated = db.read(em -> {
            AssistanceOffer o = em.find(AssistanceOffer.class, id);
            o.getAreas().size();
            o.getRegions().size();
            return o;
        });
        assertThat(updated.getAreas()).containsExactly(CommitmentArea.MARKING_RECORD_KEEPING_TRACING);
        assertThat(updated.getRegions()).containsExactlyInAnyOrder(Region.AFRICA, Region.ASIA);
        assertThat(updated.donorCode()).isEqualTo("JPN");
        assertThat(updated.getVersion()).isEqualTo(2);

        stale.setCapacityUsd(5);
        assertThatThrownBy(() -> db.run(em -> {
                    new JpaAssistanceOfferRepository(em).save(stale);
                    em.flush();
                }))
                .isInstanceOf(OptimisticLockException.class);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void databaseRefusesAnOfferWithTwoDonorsOrNone(Kind kind) throws SQLException {
        String columns = "INSERT INTO assistance_offer (donor_state_code, donor_organisation_id, title, description, "
                + "capacity_usd, start_month, end_month, status, version, created_by, created_at, updated_by, "
                + "updated_at) VALUES ";
        String rest = ", 't', 'd', 1, '2027-01', '2027-02', 'OPEN', 1, 'x', '2027-01-01 00:00:00', 'x', "
                + "'2027-01-01 00:00:00')";
        try (Connection c = db(kind).connection();
                Statement s = c.createStatement()) {
            assertThatThrownBy(() ->
                            s.executeUpdate(columns + "('DEU', (SELECT id FROM organisation WHERE code = 'EU')" + rest))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.executeUpdate(columns + "(NULL, NULL" + rest))
                    .isInstanceOf(SQLException.class);
            assertThat(s.executeUpdate(columns + "('DEU', NULL" + rest)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void filtersByAreaTypeDonorRegionAndStatus(Kind kind) {
        TestDatabase db = db(kind);
        long germany = insert(db, "DEU", o -> {});
        long eu = insert(db, "EU", o -> {
            o.setAreas(Set.of(CommitmentArea.BORDER_CONTROL));
            o.setRegions(Set.of());
        });
        long japan = insert(db, "JPN", o -> {
            o.setTypes(Set.of(AssistanceType.FUNDING));
            o.setRegions(Set.of(Region.ASIA, Region.OCEANIA));
            o.setStatus(OfferStatus.DRAFT);
        });
        long fund = insert(db, "ATT-VTF", o -> {
            o.setStatus(OfferStatus.CLOSED);
            o.setRegions(Set.of(Region.AMERICAS, Region.AFRICA));
        });
        var any = AssistanceOfferFilter.ANY;

        assertThat(ids(db, any)).containsExactly(germany, eu, japan, fund);
        assertThat(ids(db, any.withArea(CommitmentArea.STOCKPILE_MANAGEMENT))).containsExactly(germany, japan, fund);
        assertThat(ids(db, any.withArea(CommitmentArea.BORDER_CONTROL))).containsExactly(eu);
        assertThat(ids(db, any.withType(AssistanceType.FUNDING))).containsExactly(japan);
        assertThat(ids(db, any.withType(AssistanceType.TRAINING))).containsExactly(germany, eu, fund);
        assertThat(ids(db, any.withDonor("DEU"))).containsExactly(germany);
        assertThat(ids(db, any.withDonor("EU"))).containsExactly(eu);
        assertThat(ids(db, any.withDonor("ATT-VTF"))).containsExactly(fund);
        assertThat(ids(db, any.withRegion(Region.AFRICA))).containsExactly(germany, eu, fund);
        assertThat(ids(db, any.withRegion(Region.OCEANIA))).containsExactly(eu, japan);
        assertThat(ids(db, any.withRegion(Region.EUROPE))).containsExactly(eu);
        assertThat(ids(db, any.withStatuses(OfferStatus.OPEN))).containsExactly(germany, eu);
        assertThat(ids(db, any.withStatuses(OfferStatus.DRAFT, OfferStatus.CLOSED)))
                .containsExactly(japan, fund);
        assertThat(ids(
                        db,
                        any.withRegion(Region.AFRICA)
                                .withArea(CommitmentArea.MARKING_RECORD_KEEPING_TRACING)
                                .withType(AssistanceType.EQUIPMENT)
                                .withStatuses(OfferStatus.OPEN)
                                .withDonor("DEU")))
                .containsExactly(germany);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void pagesAndSortsByWhitelistedFields(Kind kind) {
        TestDatabase db = db(kind);
        long a = insert(db, "DEU", o -> o.setCapacityUsd(500_000));
        long b = insert(db, "EU", o -> o.setCapacityUsd(2_000_000));
        long c = insert(db, "JPN", o -> o.setCapacityUsd(1_000_000));

        Page<AssistanceOffer> first = page(db, PageRequest.of(0, 2, "capacityUsd", SortDirection.ASC));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(AssistanceOffer::getId).containsExactly(a, c);
        assertThat(page(db, PageRequest.of(1, 2, "capacityUsd", SortDirection.ASC))
                        .items())
                .extracting(AssistanceOffer::getId)
                .containsExactly(b);
        for (String field : new JpaAssistanceOfferRepository(null).sortFields()) {
            assertThat(page(db, PageRequest.of(0, 10, field, SortDirection.DESC))
                            .items())
                    .hasSize(3);
        }
        assertThatThrownBy(() -> page(db, PageRequest.of(0, 2, "donor.password", SortDirection.ASC)))
                .isInstanceOf(UnknownSortFieldException.class);
    }

    private static long insert(TestDatabase db, String donorCode, Consumer<AssistanceOffer> change) {
        return db.inTransaction(em -> {
            Donor donor = DirectoryLookup.donor(em, donorCode);
            AssistanceOffer o = Fixtures.offer(donor);
            change.accept(o);
            return new JpaAssistanceOfferRepository(em).save(o).getId();
        });
    }

    private static List<Long> ids(TestDatabase db, AssistanceOfferFilter filter) {
        return db.read(em -> new JpaAssistanceOfferRepository(em).find(filter, PageRequest.of(0, 50))).items().stream()
                .map(AssistanceOffer::getId)
                .toList();
    }

    private static Page<AssistanceOffer> page(TestDatabase db, PageRequest request) {
        return db.read(em -> new JpaAssistanceOfferRepository(em).find(AssistanceOfferFilter.ANY, request));
    }
}
