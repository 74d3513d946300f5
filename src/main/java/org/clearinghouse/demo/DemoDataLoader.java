package org.clearinghouse.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.accounts.domain.UserAccount;
import org.clearinghouse.accounts.domain.UserAccountRepository;
import org.clearinghouse.accounts.security.PasswordHashing;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.commitments.domain.Rejection;
import org.clearinghouse.commitments.domain.RejectionParty;
import org.clearinghouse.dialogue.domain.Audience;
import org.clearinghouse.dialogue.domain.DialogueMessage;
import org.clearinghouse.dialogue.domain.ThreadKind;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.OrganisationRepository;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.platform.DatabaseMigration;
import org.clearinghouse.platform.DemoMode;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.security.SecurityEvent;
import org.clearinghouse.shared.security.SecurityEventType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo content into an empty database when demo mode is on ({@code DEMO_DATA=true}; by default on for
 * the embedded database and off for MySQL), and says at every start where to sign in and with which accounts.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoDataLoader {

    static final String DEMO_PASSWORD = "demo";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    DemoMode demoMode;

    @Inject
    Event<SecurityEvent> events;

    @Inject
    @ConfigProperty(name = "HTTP_PORT", defaultValue = "8080")
    int httpPort;

    @Inject
    DatabaseMigration migration;

    @Inject
    PasswordHashing passwords;

    @Inject
    StateRepository states;

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository accounts;

    @PersistenceContext(unitName = "clearinghouse")
    EntityManager em;

    @PostConstruct
    void loadIfWanted() {
        if (!demoMode.isOn()) {
            disableDemoAccounts();
            LOG.info(() -> "Clearinghouse is running at http://localhost:" + httpPort + "/ (no demo data)");
            return;
        }
        if (accounts.count() == 0) {
            load();
        }
        LOG.info(() ->
                "\n\n  Clearinghouse is running at http://localhost:" + httpPort + "/\n  Demo accounts (password '"
                        + DEMO_PASSWORD + "'): "
                        + DemoCatalogue.ACCOUNTS.stream()
                                .map(DemoCatalogue.DemoAccount::username)
                                .collect(Collectors.joining(", "))
                        + "\n");
    }

    /** Demo accounts (password {@code demo}) exist only while the demo data is on: any left are disabled. */
    private void disableDemoAccounts() {
        List<String> disabled = accounts.disableDemoAccounts(DemoCatalogue.ACCOUNTS.stream()
                .map(DemoCatalogue.DemoAccount::username)
                .toList());
        if (!disabled.isEmpty()) {
            LOG.warning(() -> "DEMO_DATA is off: disabled the demo accounts left in the database: "
                    + String.join(", ", disabled) + ". An administrator can enable one again with a new password.");
            for (String name : disabled) {
                events.fire(new SecurityEvent(
                        SecurityEventType.DEMO_ACCOUNT_DISABLED,
                        null,
                        name,
                        null,
                        "Disabled at start-up: DEMO_DATA is off."));
            }
        }
    }

    private void load() {
        String hash = passwords.hash(DEMO_PASSWORD);
        for (DemoCatalogue.DemoAccount demo : DemoCatalogue.ACCOUNTS) {
            UserAccount account = new UserAccount(demo.username(), hash, Role.valueOf(demo.role()));
            account.setFullName(demo.fullName());
            account.setEmail(demo.username().toLowerCase(java.util.Locale.ROOT) + "@example.org");
            if (demo.boundTo() != null) {
                account.bindTo(organisations.findDonor(demo.boundTo()).orElseThrow());
            }
            account.setActingUser("demo");
            em.persist(account);
        }
        List<AssistanceRequest> requests = new ArrayList<>();
        for (DemoCatalogue.DemoRequest demo : DemoCatalogue.REQUESTS) {
            requests.add(persist(demo));
        }
        List<AssistanceOffer> offers = new ArrayList<>();
        for (DemoCatalogue.DemoOffer demo : DemoCatalogue.OFFERS) {
            offers.add(persist(demo));
        }
        em.flush();
        // a need already partly funded on the platform: Mali's weapons collection, by Germany's destruction fund
        AssistanceRequest maliCollection = requests.get(6);
        Commitment commitment = new Commitment(maliCollection, offers.get(1), 100_000);
        commitment.madeOnPlatform();
        commitment.setActingUser("demo");
        em.persist(commitment);
        maliCollection.setStatus(RequestStatus.PARTIALLY_FUNDED);
        // a pair the recipient turned down: Niger's armouries by the EU offer
        em.persist(new Rejection(
                requests.get(1),
                offers.get(4),
                RejectionParty.RECIPIENT,
                "recipient.NER",
                "Armouries are covered by a bilateral programme of the EU delegation already."));
        // a question of Germany on Niger's marking machines, answered privately two days ago (past its edit window)
        LocalDateTime asked = LocalDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.MICROS);
        AssistanceRequest marking = requests.get(0);
        em.persist(new DialogueMessage(
                ThreadKind.REQUEST,
                marking.getId(),
                "donor.DEU",
                Party.DONOR,
                "DEU",
                "Could the electronic register also record the weapons collected in 2026?",
                Audience.donor("DEU"),
                asked));
        em.persist(new DialogueMessage(
                ThreadKind.REQUEST,
                marking.getId(),
                "recipient.NER",
                Party.RECIPIENT,
                "NER",
                "Yes: the register is designed for every weapon held by the State, collected ones included.",
                Audience.donor("DEU"),
                asked.plusHours(3)));
        DemoFellowship.persist(em, java.time.LocalDate.now(ZoneOffset.UTC));
        LOG.info(() -> "Demo data loaded: " + DemoCatalogue.ACCOUNTS.size() + " accounts, " + requests.size()
                + " requests, " + offers.size()
                + " offers, 1 commitment, 1 rejection, 2 messages, 1 fellowship call with "
                + DemoFellowship.NOMINEES.size() + " nominations");
    }

    private AssistanceRequest persist(DemoCatalogue.DemoRequest demo) {
        AssistanceRequest request = new AssistanceRequest();
        request.setRecipientState(states.findByCode(demo.state()).orElseThrow());
        request.setTitle(demo.title());
        request.setDescription(demo.title() + ". Costed in the national action plan; implementation by the national "
                + "commission on small arms with the relevant ministries.");
        request.setArea(CommitmentArea.valueOf(demo.area()));
        request.setType(AssistanceType.valueOf(demo.type()));
        request.setAmountUsd(demo.amountUsd());
        request.setDivisible(demo.divisible());
        request.setPriority(demo.priority());
        request.setStartMonth(YearMonth.parse(demo.start()));
        request.setEndMonth(YearMonth.parse(demo.end()));
        request.setStatus(RequestStatus.valueOf(demo.status()));
        request.setPublishSummaryConsent(demo.publish());
        request.setContact("focal.point@" + demo.state().toLowerCase() + ".example");
        request.setNationalTargetReference("NAP " + demo.state() + " 2027-2030");
        request.setActingUser("demo");
        em.persist(request);
        return request;
    }

    private AssistanceOffer persist(DemoCatalogue.DemoOffer demo) {
        AssistanceOffer offer = new AssistanceOffer();
        offer.setDonor(organisations.findDonor(demo.donor()).orElseThrow());
        offer.setTitle(demo.title());
        offer.setDescription(demo.title() + ". Proposals are assessed with the national focal point.");
        offer.setAreas(demo.areas().stream()
                .map(CommitmentArea::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CommitmentArea.class))));
        offer.setTypes(demo.types().stream()
                .map(AssistanceType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AssistanceType.class))));
        offer.setRegions(demo.regions().stream()
                .map(Region::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Region.class))));
        offer.setExcludedStates(new java.util.HashSet<>(demo.excludedStates()));
        offer.setCapacityUsd(demo.capacityUsd());
        offer.setMaxPerRequestUsd(demo.maxPerRequestUsd());
        offer.setStartMonth(YearMonth.parse(demo.start()));
        offer.setEndMonth(YearMonth.parse(demo.end()));
        offer.setStatus(OfferStatus.valueOf(demo.status()));
        offer.setActingUser("demo");
        em.persist(offer);
        return offer;
    }
}
