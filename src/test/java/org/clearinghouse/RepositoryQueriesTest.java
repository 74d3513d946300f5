package org.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.accounts.persistence.JpaUserAccountRepository;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.persistence.JpaCommitmentRepository;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.persistence.DirectoryLookup;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.matchingruns.persistence.JpaMatchingRunRepository;
import org.clearinghouse.matchingruns.persistence.JpaRunCoverageRepository;
import org.clearinghouse.notifications.persistence.JpaDonorSubscriptionRepository;
import org.clearinghouse.notifications.persistence.JpaInboxRepository;
import org.clearinghouse.notifications.persistence.JpaReminderRepository;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.offers.persistence.JpaAssistanceOfferRepository;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.proposals.persistence.JpaProposalDecisionRepository;
import org.clearinghouse.proposals.persistence.JpaProposalRepository;
import org.clearinghouse.reporting.domain.NeedsRepository.Grouping;
import org.clearinghouse.reporting.persistence.JpaComplementarityRepository;
import org.clearinghouse.reporting.persistence.JpaDashboardRepository;
import org.clearinghouse.reporting.persistence.JpaIatiRepository;
import org.clearinghouse.reporting.persistence.JpaNeedsRepository;
import org.clearinghouse.reporting.persistence.JpaTargetReportRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.requests.persistence.JpaAssistanceRequestRepository;
import org.clearinghouse.requests.persistence.JpaDuplicateDecisionRepository;
import org.clearinghouse.shared.Fixtures;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.domain.PartyScope;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;
import org.clearinghouse.shared.persistence.DatabaseTest;
import org.clearinghouse.shared.persistence.TestDatabase;
import org.clearinghouse.shared.persistence.TestDatabase.Kind;
import org.clearinghouse.targets.persistence.JpaTargetRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every query the application services used to write themselves now lives in a {@code Jpa*Repository} (issue 15):
 * each runs on H2 and MariaDB and answers its question on a small data set (a published validated request of Niger,
 * a submitted one of the same State and area, Germany's open public offer, a commitment between them, a donor
 * account of Germany). Proposals, runs, decisions and inbox entries are read from empty tables: their queries must
 * still parse and run.
 */
class RepositoryQueriesTest extends DatabaseTest {

    private static final PartyScope NIGER = new PartyScope(Party.RECIPIENT, "NER");
    private static final PartyScope GERMANY = new PartyScope(Party.DONOR, "DEU");
    private static final PartyScope FRANCE = new PartyScope(Party.DONOR, "FRA");
    private static final PageRequest FIRST = PageRequest.of(0, 20);

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theRequestsOffersAndAccountsAnswer(Kind kind) {
        TestDatabase db = db(kind);
        long[] ids = data(db);
        db.run(em -> {
            var requests = new JpaAssistanceRequestRepository(em);
            AssistanceRequest published = requests.findById(ids[0]).orElseThrow();
            assertThat(requests.findByStatusIn(Set.of(RequestStatus.VALIDATED)))
                    .extracting(AssistanceRequest::getId)
                    .containsExactly(ids[0]);
            assertThat(requests.findOthersOfStateAndArea(
                            published, Set.of(RequestStatus.SUBMITTED, RequestStatus.VALIDATED)))
                    .extracting(AssistanceRequest::getId)
                    .containsExactly(ids[1]);
            assertThat(requests.findPublished(Set.of(RequestStatus.VALIDATED), FIRST)
                            .total())
                    .isEqualTo(1);
            requests.lockForUpdate(published);
            assertThat(requests.reference(ids[0]).getId()).isEqualTo(ids[0]);

            var offers = new JpaAssistanceOfferRepository(em);
            assertThat(offers.findByStatus(OfferStatus.OPEN))
                    .extracting(AssistanceOffer::getId)
                    .containsExactly(ids[2]);
            assertThat(offers.findOpenAndPublic(FIRST).total()).isEqualTo(1);
            offers.lockForUpdate(offers.findById(ids[2]).orElseThrow());

            var accounts = new JpaUserAccountRepository(em);
            assertThat(accounts.count()).isEqualTo(1);
            assertThat(accounts.findMailable(Party.DONOR, "DEU")).hasSize(1);
            assertThat(accounts.findMailable(Party.RECIPIENT, "NER")).isEmpty();
            assertThat(accounts.findMailable(Party.SECRETARIAT, null)).isEmpty();

            var duplicates = new JpaDuplicateDecisionRepository(em);
            assertThat(duplicates.findAll()).isEmpty();
            assertThat(duplicates.findInvolving(ids[0])).isEmpty();

            var targets = new JpaTargetRepository(em);
            assertThat(targets.find(null, null)).isEmpty();
            assertThat(targets.find("NER", null)).isEmpty();
            assertThat(targets.find(null, Region.AFRICA)).isEmpty();
            assertThat(targets.servableBy(em.find(State.class, "NER"))).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theCommitmentsProposalsAndRunsAnswer(Kind kind) {
        TestDatabase db = db(kind);
        long[] ids = data(db);
        db.run(em -> {
            var commitments = new JpaCommitmentRepository(em);
            assertThat(commitments.findByIdForUpdate(ids[3])).isPresent();
            assertThat(commitments
                            .findFollowedBy(PartyScope.SECRETARIAT, null, FIRST)
                            .total())
                    .isEqualTo(1);
            assertThat(commitments
                            .findFollowedBy(NIGER, null, PageRequest.of(0, 20, "requestTitle", SortDirection.DESC))
                            .items())
                    .extracting(Commitment::getId)
                    .containsExactly(ids[3]);
            assertThat(commitments.findFollowedBy(GERMANY, null, FIRST).total()).isEqualTo(1);
            assertThat(commitments.findFollowedBy(FRANCE, null, FIRST).total()).isZero();

            var proposals = new JpaProposalRepository(em);
            assertThat(proposals.findByIdForUpdate(-1)).isEmpty();
            assertThat(proposals.findByIds(List.of(-1L, -2L))).isEmpty();
            assertThat(proposals.findByIds(List.of())).isEmpty();
            assertThat(proposals.findByCommitment(ids[3])).isEmpty();
            assertThat(proposals.findCurrentForRequest(ids[0])).isEmpty();
            for (PartyScope scope : List.of(PartyScope.SECRETARIAT, NIGER, GERMANY)) {
                assertThat(proposals.findConcerning(scope, null, FIRST).total()).isZero();
                assertThat(proposals
                                .findConcerning(scope, ProposalState.PROPOSED, FIRST)
                                .items())
                        .isEmpty();
                assertThat(new JpaProposalDecisionRepository(em)
                                .findVisibleTo(scope, FIRST)
                                .total())
                        .isZero();
            }
            assertThat(proposals.findProposedInRunForUpdate(-1)).isEmpty();
            assertThat(proposals.findPinnedByRuns()).isEmpty();
            assertThat(proposals.supersedeProposedOfOtherRuns(-1)).isZero();
            assertThat(new JpaProposalDecisionRepository(em).findByProposal(-1)).isEmpty();
            assertThat(new JpaProposalDecisionRepository(em).findByProposals(List.of(-1L, -2L)))
                    .isEmpty();

            var runs = new JpaMatchingRunRepository(em);
            runs.lockRunGuard();
            assertThat(runs.beat(-1, java.time.LocalDateTime.of(2027, 1, 5, 10, 0)))
                    .isFalse();
            assertThat(runs.requestStop(-1)).isFalse();
            assertThat(runs.findRunning()).isEmpty();
            assertThat(runs.findNewestFirst(FIRST).total()).isZero();
            assertThat(runs.findProposals(-1, null, FIRST).total()).isZero();
            assertThat(runs.findProposals(
                                    -1, ProposalState.PROPOSED, PageRequest.of(0, 20, "donor", SortDirection.DESC))
                            .items())
                    .isEmpty();
            assertThat(runs.findUnfunded(-1, FIRST).total()).isZero();
            var coverage = new JpaRunCoverageRepository(em);
            assertThat(coverage.summedCoverageOf(-1)).isEmpty();
            assertThat(coverage.storedCoverageOf(-1)).isEmpty();
            assertThat(coverage.requestsProposedFor(-1)).isZero();
            assertThat(coverage.inversionsOf(-1)).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theNotificationsAnswer(Kind kind) {
        TestDatabase db = db(kind);
        long[] ids = data(db);
        db.run(em -> {
            var inbox = new JpaInboxRepository(em);
            assertThat(inbox.findFor(PartyScope.SECRETARIAT, false, FIRST).total())
                    .isZero();
            assertThat(inbox.findFor(NIGER, true, FIRST).items()).isEmpty();
            assertThat(inbox.countUnread(GERMANY)).isZero();
            assertThat(inbox.findUnread(NIGER)).isEmpty();

            var reminders = new JpaReminderRepository(em);
            assertThat(reminders.findOpenRequestsQuietSince(LocalDateTime.now().plusYears(1)))
                    .extracting(AssistanceRequest::getId)
                    .containsExactlyInAnyOrder(ids[0], ids[1]);
            assertThat(reminders.findOpenRequestsQuietSince(LocalDateTime.now().minusYears(1)))
                    .isEmpty();
            assertThat(reminders.isReminded(ids[0], LocalDateTime.now())).isFalse();

            var subscriptions = new JpaDonorSubscriptionRepository(em);
            assertThat(subscriptions.findActive()).isEmpty();
            assertThat(subscriptions.findByDonor("DEU")).isEmpty();
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theReportsAnswer(Kind kind) {
        TestDatabase db = db(kind);
        long[] ids = data(db);
        Set<RequestStatus> validated = Set.of(RequestStatus.VALIDATED);
        db.run(em -> {
            var needs = new JpaNeedsRepository(em);
            assertThat(needs.findPublished(validated))
                    .extracting(AssistanceRequest::getId)
                    .containsExactly(ids[0]);
            AssistanceRequest published = em.find(AssistanceRequest.class, ids[0]);
            AssistanceRequestFilter all = AssistanceRequestFilter.ANY
                    .withArea(published.getArea())
                    .withType(published.getType())
                    .withState("NER")
                    .withRegion(Region.AFRICA)
                    .withPriority(1);
            assertThat(needs.findMatching(all, validated))
                    .extracting(AssistanceRequest::getId)
                    .containsExactly(ids[0]);
            assertThat(needs.findMatching(all.withState("MLI"), validated)).isEmpty();
            assertThat(needs.publishedRequestedBy(Grouping.AREA, validated))
                    .containsExactly(Map.entry(published.getArea().name(), 240_000L));
            assertThat(needs.publishedRequestedBy(Grouping.REGION, validated))
                    .containsExactly(Map.entry("AFRICA", 240_000L));
            assertThat(needs.publishedCommittedBy(Grouping.AREA, validated))
                    .containsExactly(Map.entry(published.getArea().name(), 100_000L));
            assertThat(needs.publishedCommittedBy(Grouping.REGION, validated))
                    .containsExactly(Map.entry("AFRICA", 100_000L));
            assertThat(needs.committedByRequest()).containsExactly(Map.entry(ids[0], 100_000L));

            var dashboard = new JpaDashboardRepository(em);
            assertThat(dashboard.findRequests(validated, true)).hasSize(1);
            assertThat(dashboard.findRequests(Set.of(RequestStatus.SUBMITTED), true))
                    .isEmpty();
            assertThat(dashboard.findRequests(Set.of(RequestStatus.SUBMITTED), false))
                    .hasSize(1);
            assertThat(dashboard.findCommitmentsNotCancelled()).hasSize(1);
            assertThat(dashboard.findEverEndorsed()).isEmpty();
            assertThat(dashboard.findOffersNotDraft()).hasSize(1);

            var iati = new JpaIatiRepository(em);
            assertThat(iati.findAll()).hasSize(1);
            assertThat(iati.findPublishedOrConcerning("-", "-")).hasSize(1);

            var complementarity = new JpaComplementarityRepository(em);
            State niger = complementarity.findState("NER").orElseThrow();
            assertThat(complementarity.findState("")).isEmpty();
            assertThat(complementarity.findRequestsOf(niger, Set.of(RequestStatus.SUBMITTED, RequestStatus.VALIDATED)))
                    .hasSize(2);
            assertThat(complementarity.findCommitmentsNotCancelledTo(niger)).hasSize(1);
            assertThat(complementarity.findExternalCommitmentsOf(niger)).isEmpty();

            var targetReports = new JpaTargetReportRepository(em);
            assertThat(targetReports.findRequestsServing(-1)).isEmpty();
            assertThat(targetReports.findCommitmentsNotCancelledTo(List.of(ids[0], ids[1])))
                    .hasSize(1);
            assertThat(targetReports.findCommitmentsNotCancelledTo(List.of())).isEmpty();
        });
    }

    /** Ids of: the published validated request, the submitted one, the offer, the commitment. */
    private static long[] data(TestDatabase db) {
        return db.inTransaction(em -> {
            State niger = em.find(State.class, "NER");
            AssistanceRequest published = Fixtures.request(niger);
            em.persist(published);
            AssistanceRequest submitted = Fixtures.request(niger);
            submitted.setStatus(RequestStatus.SUBMITTED);
            submitted.setPublishSummaryConsent(false);
            em.persist(submitted);
            AssistanceOffer offer = Fixtures.offer(DirectoryLookup.donor(em, "DEU"));
            em.persist(offer);
            Commitment commitment = commit(em, published, offer);
            em.persist(Fixtures.account("donor.deu", Role.DONOR, DirectoryLookup.donor(em, "DEU")));
            em.flush();
            return new long[] {published.getId(), submitted.getId(), offer.getId(), commitment.getId()};
        });
    }

    private static Commitment commit(EntityManager em, AssistanceRequest request, AssistanceOffer offer) {
        Commitment commitment = new Commitment(request, offer, 100_000);
        commitment.madeOnPlatform();
        commitment.setActingUser("secretariat1");
        em.persist(commitment);
        return commitment;
    }
}
