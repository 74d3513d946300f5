package org.clearinghouse.requests.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.requests.domain.RequestStatus;
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

class JpaAssistanceRequestRepositoryTest extends DatabaseTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void roundTripsEveryField(Kind kind) {
        TestDatabase db = db(kind);
        long id = insert(db, "NER", r -> {
            r.setValidationComment("Please add the number of machines.");
            r.setDescription("Deux machines de marquage — Côte d'Ivoire & Niger, 100 % ✓");
            r.setActingUser("niger.focal");
        });

        AssistanceRequest read = db.read(
                em -> new JpaAssistanceRequestRepository(em).findById(id).orElseThrow());
        AssistanceRequest expected = Fixtures.request(Fixtures.NIGER);
        assertThat(read.getRecipientState().getCode()).isEqualTo("NER");
        assertThat(read.getRecipientState().getRegion()).isEqualTo(Region.AFRICA);
        assertThat(read.getTitle()).isEqualTo(expected.getTitle());
        assertThat(read.getDescription()).isEqualTo("Deux machines de marquage — Côte d'Ivoire & Niger, 100 % ✓");
        assertThat(read.getArea()).isEqualTo(CommitmentArea.MARKING_RECORD_KEEPING_TRACING);
        assertThat(read.getType()).isEqualTo(AssistanceType.EQUIPMENT);
        assertThat(read.getAmountUsd()).isEqualTo(240_000);
        assertThat(read.isDivisible()).isFalse();
        assertThat(read.getPriority()).isEqualTo(1);
        assertThat(read.getStartMonth()).isEqualTo(YearMonth.of(2027, 3));
        assertThat(read.getEndMonth()).isEqualTo(YearMonth.of(2027, 12));
        assertThat(read.getStatus()).isEqualTo(RequestStatus.VALIDATED);
        assertThat(read.getNationalTargetReference()).isEqualTo(expected.getNationalTargetReference());
        assertThat(read.getContact()).isEqualTo(expected.getContact());
        assertThat(read.isPublishSummaryConsent()).isTrue();
        assertThat(read.getValidationComment()).isEqualTo("Please add the number of machines.");
        assertThat(read.getVersion()).isEqualTo(1);
        assertThat(read.getCreatedBy()).isEqualTo("niger.focal");
        assertThat(read.getUpdatedBy()).isEqualTo("niger.focal");
        assertThat(read.getCreatedAt()).isNotNull().isEqualTo(read.getUpdatedAt());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void staleUpdateFailsWithOptimisticLockException(Kind kind) {
        TestDatabase db = db(kind);
        long id = insert(db, "NER", r -> {});
        AssistanceRequest stale = db.read(em -> em.find(AssistanceRequest.class, id));

        db.run(em -> {
            AssistanceRequest current =
                    new JpaAssistanceRequestRepository(em).findById(id).orElseThrow();
            current.setStatus(RequestStatus.PARTIALLY_FUNDED);
            current.setActingUser("secretariat1");
        });
        AssistanceRequest updated = db.read(em -> em.find(AssistanceRequest.class, id));
        assertThat(updated.getVersion()).isEqualTo(2);
        assertThat(updated.getUpdatedBy()).isEqualTo("secretariat1");
        assertThat(updated.getCreatedBy()).isEqualTo("system");
        assertThat(updated.getUpdatedAt()).isAfterOrEqualTo(updated.getCreatedAt());

        stale.setAmountUsd(1);
        assertThatThrownBy(() -> db.run(em -> {
                    new JpaAssistanceRequestRepository(em).save(stale);
                    em.flush();
                }))
                .isInstanceOf(OptimisticLockException.class);
        assertThatThrownBy(() -> updated.checkVersion(1)).isInstanceOf(OptimisticLockException.class);
        updated.checkVersion(2);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void persistingAnInvalidRequestIsRefusedByBeanValidation(Kind kind) {
        assertThatThrownBy(() -> insert(db(kind), "NER", r -> r.setPriority(9)))
                .isInstanceOfSatisfying(
                        ConstraintViolationException.class,
                        e -> assertThat(e.getConstraintViolations())
                                .extracting(v -> v.getMessage())
                                .containsExactly("The priority must be between 1 (highest) and 5 (lowest)."));
        List<Long> none = ids(db(kind), AssistanceRequestFilter.ANY);
        assertThat(none).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void filtersByAreaTypeStateRegionStatusAndPriority(Kind kind) {
        TestDatabase db = db(kind);
        long niger = insert(db, "NER", r -> {});
        long haiti = insert(db, "HTI", r -> {
            r.setArea(CommitmentArea.BORDER_CONTROL);
            r.setPriority(2);
        });
        long mali = insert(db, "MLI", r -> {
            r.setType(AssistanceType.TRAINING);
            r.setStatus(RequestStatus.DRAFT);
        });
        long fiji = insert(db, "FJI", r -> {
            r.setStatus(RequestStatus.FUNDED);
            r.setPriority(5);
        });
        var any = AssistanceRequestFilter.ANY;

        assertThat(ids(db, any)).containsExactly(niger, haiti, mali, fiji);
        assertThat(ids(db, any.withArea(CommitmentArea.BORDER_CONTROL))).containsExactly(haiti);
        assertThat(ids(db, any.withType(AssistanceType.TRAINING))).containsExactly(mali);
        assertThat(ids(db, any.withState("FJI"))).containsExactly(fiji);
        assertThat(ids(db, any.withRegion(Region.AFRICA))).containsExactly(niger, mali);
        assertThat(ids(db, any.withStatuses(RequestStatus.VALIDATED, RequestStatus.FUNDED)))
                .containsExactly(niger, haiti, fiji);
        assertThat(ids(db, any.withPriority(1))).containsExactly(niger, mali);
        assertThat(ids(
                        db,
                        any.withRegion(Region.AFRICA)
                                .withStatuses(RequestStatus.VALIDATED)
                                .withArea(CommitmentArea.MARKING_RECORD_KEEPING_TRACING)
                                .withPriority(1)
                                .withType(AssistanceType.EQUIPMENT)
                                .withState("NER")))
                .containsExactly(niger);
        assertThat(ids(db, any.withState("' OR 1=1 --"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void pagesAndSortsByWhitelistedFields(Kind kind) {
        TestDatabase db = db(kind);
        long a = insert(db, "NER", r -> r.setAmountUsd(300));
        long b = insert(db, "HTI", r -> r.setAmountUsd(100));
        long c = insert(db, "DEU", r -> r.setAmountUsd(200));
        long d = insert(db, "JPN", r -> r.setAmountUsd(200));
        long e = insert(db, "FJI", r -> r.setAmountUsd(50));

        Page<AssistanceRequest> first = page(db, PageRequest.of(0, 2, "amountUsd", SortDirection.DESC));
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.items()).extracting(AssistanceRequest::getId).containsExactly(a, c);
        assertThat(page(db, PageRequest.of(1, 2, "amountUsd", SortDirection.DESC))
                        .items())
                .extracting(AssistanceRequest::getId)
                .containsExactly(d, b);
        assertThat(page(db, PageRequest.of(2, 2, "amountUsd", SortDirection.DESC))
                        .items())
                .extracting(AssistanceRequest::getId)
                .containsExactly(e);
        assertThat(page(db, PageRequest.of(0, 10, "state", SortDirection.ASC)).items())
                .extracting(r -> r.getRecipientState().getCode())
                .containsExactly("DEU", "FJI", "HTI", "JPN", "NER");
        assertThat(page(db, PageRequest.of(0, 10, "stateName", SortDirection.DESC))
                        .items())
                .extracting(r -> r.getRecipientState().getName())
                .containsExactly("Niger", "Japan", "Haiti", "Germany", "Fiji");
        for (String field : new JpaAssistanceRequestRepository(null).sortFields()) {
            assertThat(page(db, PageRequest.of(0, 10, field, SortDirection.DESC))
                            .items())
                    .hasSize(5);
        }
        assertThatThrownBy(() -> page(db, PageRequest.of(0, 2, "description; DROP TABLE state", SortDirection.ASC)))
                .isInstanceOf(UnknownSortFieldException.class)
                .hasMessageContaining("amountUsd");
        assertThat(page(db, PageRequest.of(7, 2)).items()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void savesAChangedPeriodAndSortsByItsMonths(Kind kind) {
        TestDatabase db = db(kind);
        long early = insert(db, "NER", r -> r.setStartMonth(YearMonth.of(2026, 5)));
        long late = insert(db, "HTI", r -> r.setStartMonth(YearMonth.of(2027, 6)));

        db.run(em -> em.find(AssistanceRequest.class, late).setEndMonth(YearMonth.of(2028, 2)));
        AssistanceRequest detached = db.read(em -> em.find(AssistanceRequest.class, early));
        detached.setStartMonth(YearMonth.of(2026, 7));
        db.run(em -> new JpaAssistanceRequestRepository(em).save(detached));

        AssistanceRequest lateRead = db.read(em -> em.find(AssistanceRequest.class, late));
        assertThat(lateRead.getStartMonth()).isEqualTo(YearMonth.of(2027, 6));
        assertThat(lateRead.getEndMonth()).isEqualTo(YearMonth.of(2028, 2));
        assertThat(lateRead.getVersion()).isEqualTo(2);
        AssistanceRequest earlyRead = db.read(em -> em.find(AssistanceRequest.class, early));
        assertThat(earlyRead.getStartMonth()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(earlyRead.getEndMonth()).isEqualTo(YearMonth.of(2027, 12));
        assertThat(page(db, PageRequest.of(0, 10, "startMonth", SortDirection.DESC))
                        .items())
                .extracting(AssistanceRequest::getId)
                .containsExactly(late, early);
        assertThat(page(db, PageRequest.of(0, 10, "endMonth", SortDirection.ASC))
                        .items())
                .extracting(AssistanceRequest::getId)
                .containsExactly(early, late);
    }

    private static long insert(TestDatabase db, String stateCode, Consumer<AssistanceRequest> change) {
        return db.inTransaction(em -> {
            AssistanceRequest r = Fixtures.request(em.find(State.class, stateCode));
            change.accept(r);
            return new JpaAssistanceRequestRepository(em).save(r).getId();
        });
    }

    private static List<Long> ids(TestDatabase db, AssistanceRequestFilter filter) {
        return db
                .read(em -> new JpaAssistanceRequestRepository(em).find(filter, PageRequest.of(0, 50)))
                .items()
                .stream()
                .map(AssistanceRequest::getId)
                .toList();
    }

    private static Page<AssistanceRequest> page(TestDatabase db, PageRequest request) {
        EntityManager em = db.em();
        try {
            return new JpaAssistanceRequestRepository(em).find(AssistanceRequestFilter.ANY, request);
        } finally {
            em.close();
        }
    }
}
