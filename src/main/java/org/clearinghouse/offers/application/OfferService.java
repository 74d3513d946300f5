package org.clearinghouse.offers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.Donor;
import org.clearinghouse.directory.domain.OrganisationRepository;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.offers.domain.AssistanceOfferFilter;
import org.clearinghouse.offers.domain.AssistanceOfferRepository;
import org.clearinghouse.offers.domain.OfferCommitments;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.offers.domain.OfferVisibility;
import org.clearinghouse.shared.domain.AwaitingParties;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;

/** The use cases of offers; each public method is one transaction. */
@ApplicationScoped
@Transactional
public class OfferService {

    private static final Map<String, String> FIELD_NAMES = Map.of(
            "startMonth",
            "start",
            "endMonth",
            "end",
            "",
            "end",
            "donorValid",
            "donor",
            "ceilingWithinCapacity",
            "maxPerRequestUsd");

    /** Every status but CLOSED: an offer can be edited until it is withdrawn. */
    /** An offer excludes at most this many States (there are fewer than 200 UN Member and observer States). */
    static final int MAX_EXCLUDED_STATES = 250;

    private static final Set<OfferStatus> EDITABLE = EnumSet.complementOf(EnumSet.of(OfferStatus.CLOSED));

    @Inject
    AssistanceOfferRepository offers;

    @Inject
    OfferCommitments commitments;

    @Inject
    AwaitingParties awaitingParties;

    @Inject
    OrganisationRepository organisations;

    @Inject
    StateRepository states;

    @Inject
    Validator validator;

    public Set<String> sortFields() {
        return offers.sortFields();
    }

    /** Everyone signed in sees open offers; donors also their own in any status; the secretariat all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OfferView> list(Caller caller, AssistanceOfferFilter filter, PageRequest page) {
        caller.requireSignedIn();
        AssistanceOfferFilter visible = filter;
        boolean ownOnly = caller.is(Role.DONOR) && caller.donorCode().equals(filter.donorCode());
        if (!caller.isSecretariat() && !caller.is(Role.ADMIN) && !ownOnly) {
            Set<OfferStatus> statuses = filter.statuses().isEmpty()
                    ? EnumSet.of(OfferStatus.OPEN)
                    : filter.statuses().contains(OfferStatus.OPEN)
                            ? EnumSet.of(OfferStatus.OPEN)
                            : EnumSet.noneOf(OfferStatus.class);
            if (statuses.isEmpty()) {
                return Page.empty(page);
            }
            visible = new AssistanceOfferFilter(
                    filter.area(), filter.type(), filter.donorCode(), filter.region(), statuses);
        }
        Page<AssistanceOffer> found = offers.find(visible, page);
        Map<Long, Long> committed = commitments.committedFrom(
                found.items().stream().map(AssistanceOffer::getId).toList());
        return found.map(o -> OfferFieldPolicy.viewFor(caller, o, committed.getOrDefault(o.getId(), 0L)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OfferView get(Caller caller, long id) {
        AssistanceOffer offer = findReadable(caller, id);
        return OfferFieldPolicy.viewFor(caller, offer, commitments.committedFrom(offer.getId()));
    }

    /** Creates a draft offer; a donor's offer is its own unless it names itself. */
    public OfferView create(Caller caller, OfferInput input) {
        caller.requireAnyRole(Role.DONOR, Role.SECRETARIAT);
        String donorCode = input.donor() == null && caller.is(Role.DONOR) ? caller.donorCode() : input.donor();
        checkCanWrite(caller, donorCode);
        FieldErrors errors = new FieldErrors();
        Donor donor = donorOf(donorCode, errors);
        AssistanceOffer offer = new AssistanceOffer();
        offer.setStatus(OfferStatus.DRAFT);
        apply(input, donor, offer, errors);
        offer.setActingUser(caller.username());
        return view(offers.save(offer));
    }

    /**
     * Replaces the editable fields of an offer the caller may write. While a proposal on it awaits the parties, only
     * the secretariat edits it (409 for the donor): the recipient State decides on the offer as it stands.
     */
    public OfferView update(Caller caller, long id, OfferInput input) {
        AssistanceOffer offer = findWritable(caller, id);
        String donorCode = input.donor() == null ? offer.donorCode() : input.donor();
        checkCanWrite(caller, donorCode);
        FieldErrors errors = new FieldErrors();
        errors.required("version", input.version());
        Donor donor = donorOf(donorCode, errors);
        errors.throwIfAny();
        offer.checkEditable("Offer", id, input.version(), offer.getStatus(), EDITABLE);
        if (!caller.isSecretariat() && awaitingParties.offerAwaitingParties(id)) {
            throw new ConflictException("Offer " + id + " has a proposal awaiting the parties: the recipient State"
                    + " decides on the offer as it stands. Decline the proposal first, or ask the secretariat.");
        }
        long committed = commitments.committedFrom(id);
        keepCommitted(id, committed, input, errors);
        apply(input, donor, offer, errors);
        offer.setActingUser(caller.username());
        return OfferView.of(offers.save(offer), committed);
    }

    /** DRAFT to OPEN: the offer becomes visible and available to matching. */
    public OfferView open(Caller caller, long id, Long version) {
        AssistanceOffer offer = findWritable(caller, id);
        return transition(caller, offer, version, EnumSet.of(OfferStatus.DRAFT), OfferStatus.OPEN);
    }

    /** DRAFT or OPEN to CLOSED. */
    public OfferView withdraw(Caller caller, long id, Long version) {
        AssistanceOffer offer = findWritable(caller, id);
        return transition(caller, offer, version, EnumSet.of(OfferStatus.DRAFT, OfferStatus.OPEN), OfferStatus.CLOSED);
    }

    private OfferView transition(
            Caller caller, AssistanceOffer offer, Long version, Set<OfferStatus> from, OfferStatus to) {
        offer.checkTransition("Offer", offer.getId(), version, offer.getStatus(), from, to);
        offer.setStatus(to);
        offer.setActingUser(caller.username());
        return view(offers.save(offer));
    }

    private OfferView view(AssistanceOffer offer) {
        return OfferView.of(offer, offer.getId() == null ? 0 : commitments.committedFrom(offer.getId()));
    }

    /** An edit may not take the capacity or the ceiling per request below what the offer has already committed. */
    private void keepCommitted(long id, long committed, OfferInput input, FieldErrors errors) {
        if (input.capacityUsd() != null && input.capacityUsd() < committed) {
            errors.add(
                    "capacityUsd",
                    String.format(
                            Locale.ROOT,
                            "cannot be less than the %,d USD this offer has already"
                                    + " committed; cancel a commitment first to reduce it further.",
                            committed));
        }
        long largest = committed == 0 ? 0 : commitments.largestCommitmentFrom(id);
        if (input.maxPerRequestUsd() != null && input.maxPerRequestUsd() < largest) {
            errors.add(
                    "maxPerRequestUsd",
                    String.format(
                            Locale.ROOT,
                            "cannot be less than the %,d USD this offer has" + " already committed to one request.",
                            largest));
        }
    }

    private void apply(OfferInput input, Donor donor, AssistanceOffer offer, FieldErrors errors) {
        Set<CommitmentArea> areas = errors.codes("areas", input.areas(), CommitmentArea.class, true);
        Set<AssistanceType> types = errors.codes("types", input.types(), AssistanceType.class, true);
        Set<Region> regions = errors.codes("regions", input.regions(), Region.class, false);
        Set<String> excluded = excludedStates(input.excludedStates(), errors);
        errors.required("capacityUsd", input.capacityUsd());
        var start = errors.month("start", input.start());
        var end = errors.month("end", input.end());
        if (donor != null) {
            offer.setDonor(donor);
        }
        offer.setTitle(input.title());
        offer.setDescription(input.description());
        offer.setAreas(areas);
        offer.setTypes(types);
        offer.setRegions(regions);
        offer.setExcludedStates(excluded);
        offer.setCapacityUsd(input.capacityUsd() == null ? 0 : input.capacityUsd());
        offer.setMaxPerRequestUsd(input.maxPerRequestUsd());
        offer.setStartMonth(start);
        offer.setEndMonth(end);
        offer.setContact(input.contact());
        if (input.visibility() != null || offer.getVisibility() == null) {
            offer.setVisibility(
                    input.visibility() == null
                            ? OfferVisibility.PUBLIC
                            : errors.code("visibility", input.visibility(), OfferVisibility.class));
        }
        errors.violations(validator.validate(offer), FIELD_NAMES);
        errors.throwIfAny();
    }

    private Set<String> excludedStates(List<String> codes, FieldErrors errors) {
        Set<String> result = new LinkedHashSet<>();
        if (codes == null) {
            return result;
        }
        if (codes.size() > MAX_EXCLUDED_STATES) {
            errors.add(
                    "excludedStates",
                    "lists at most " + MAX_EXCLUDED_STATES + " States; " + codes.size() + " were sent.");
            return result;
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || states.findByCode(code.trim()).isEmpty()) {
                errors.add(
                        "excludedStates[" + i + "]",
                        "'" + FieldErrors.shown(code) + "' is not the code of a UN Member or observer State.");
            } else {
                result.add(code.trim());
            }
        }
        return result;
    }

    private Donor donorOf(String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add("donor", "is required (a State's ISO 3166-1 alpha-3 code or an organisation's code).");
            return null;
        }
        Donor donor = organisations.findDonor(code.trim()).orElse(null);
        if (donor == null) {
            errors.add("donor", "'" + FieldErrors.shown(code) + "' is neither a State nor a known organisation.");
        }
        return donor;
    }

    /** Donors write their own offers only; the secretariat any. */
    private static void checkCanWrite(Caller caller, String donorCode) {
        caller.requireAnyRole(Role.DONOR, Role.SECRETARIAT);
        if (caller.is(Role.DONOR) && !caller.isDonor(donorCode)) {
            throw new AccessDeniedException("You may only write offers of your own (" + caller.donorCode() + ").");
        }
    }

    /** Who sees an offer: everyone signed in an open one; its donor, the secretariat and the admin any. */
    static boolean canRead(Caller caller, AssistanceOffer offer) {
        return caller.isSecretariat()
                || caller.is(Role.ADMIN)
                || offer.getStatus() == OfferStatus.OPEN
                || caller.isDonor(offer.donorCode());
    }

    /** The offer if the caller may see it; 401 first, then 404 as for an unknown one (no existence oracle). */
    private AssistanceOffer findReadable(Caller caller, long id) {
        caller.requireSignedIn();
        AssistanceOffer offer = find(id);
        if (!canRead(caller, offer)) {
            throw new NotFoundException("Offer", id);
        }
        return offer;
    }

    /** The offer the caller writes: the role first (401, 403), then 404 if hidden from it, then 403 if not its own. */
    private AssistanceOffer findWritable(Caller caller, long id) {
        caller.requireAnyRole(Role.DONOR, Role.SECRETARIAT);
        AssistanceOffer offer = findReadable(caller, id);
        checkCanWrite(caller, offer.donorCode());
        return offer;
    }

    private AssistanceOffer find(long id) {
        return offers.findById(id).orElseThrow(() -> new NotFoundException("Offer", id));
    }
}
