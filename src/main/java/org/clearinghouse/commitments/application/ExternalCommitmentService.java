package org.clearinghouse.commitments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.commitments.domain.CommitmentRepository;
import org.clearinghouse.commitments.domain.ExternalCommitment;
import org.clearinghouse.commitments.domain.ExternalCommitmentRepository;
import org.clearinghouse.commitments.domain.ExternalSource;
import org.clearinghouse.commitments.domain.RemainingNeed;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.OrganisationRepository;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestRepository;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.domain.DatabaseTime;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;

/**
 * Records and lists funding through other mechanisms; each public method is one transaction. What a donor records is
 * a claim until the State or the secretariat decides ({@link FundingClaimService}); who may know of which record is
 * {@link ClaimVisibility}'s rule, and a record the caller may not know of is 404.
 */
@ApplicationScoped
@Transactional
public class ExternalCommitmentService {

    private static final Map<String, String> FIELD_NAMES =
            Map.of("startMonth", "start", "endMonth", "end", "", "end", "donorCode", "donor");
    /** The requests a donor may link: those it can read. */
    private static final Set<RequestStatus> VISIBLE_TO_DONORS =
            EnumSet.of(RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED, RequestStatus.FUNDED);

    @Inject
    ExternalCommitmentRepository commitments;

    @Inject
    AssistanceRequestRepository requests;

    @Inject
    StateRepository states;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CommitmentRepository platformCommitments;

    @Inject
    Validator validator;

    @Inject
    Event<FundingClaimed> claimed;

    /**
     * What the caller may know of ({@link ClaimVisibility}): secretariat and admin all; a recipient its own State's;
     * a donor what counts and its own. {@code stateCode} null: every State.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExternalCommitmentView> list(Caller caller, String stateCode) {
        caller.requireSignedIn();
        String state = stateCode == null || stateCode.isBlank() ? null : stateCode.trim();
        if (caller.is(Role.RECIPIENT)) {
            if (state != null && !caller.isRecipientOf(state)) {
                return List.of();
            }
            state = caller.stateCode();
        }
        return commitments.find(state).stream()
                .filter(e -> ClaimVisibility.mayKnow(caller, e))
                .map(e -> ExternalFundingFieldPolicy.viewFor(caller, ExternalCommitmentView.of(e)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExternalCommitmentView get(Caller caller, long id) {
        caller.requireSignedIn();
        return ExternalFundingFieldPolicy.viewFor(caller, ExternalCommitmentView.of(known(caller, id)));
    }

    /** The record, or 404 when there is none or the caller may not know of it (for {@link FundingClaimService}). */
    public ExternalCommitment known(Caller caller, long id) {
        return commitments
                .findById(id)
                .filter(e -> ClaimVisibility.mayKnow(caller, e))
                .orElseThrow(() -> new NotFoundException("External commitment", id));
    }

    /**
     * What a request still needs: its amount less its platform commitments (not cancelled) and the confirmed
     * funding through other mechanisms linked to it. The request's row stays locked until the transaction ends, so
     * that the caller's check and write cannot interleave with another's (no over-funding by two at once).
     */
    public long stillNeeded(AssistanceRequest request) {
        requests.lockForUpdate(request); // two records or confirmations on one request are weighed one after the other
        return RemainingNeed.of(
                request.getAmountUsd(),
                platformCommitments.committedToRequest(request.getId()),
                commitments.confirmedAmountLinkedTo(request.getId()));
    }

    /**
     * Records funding through another mechanism: the secretariat for anyone (it counts at once), a donor for itself
     * (a claim: it counts once the State or the secretariat confirms it; the State is told). Linked to a request, the
     * amount may not exceed what the request still needs (422 on {@code amountUsd}).
     */
    public ExternalCommitmentView record(Caller caller, ExternalCommitmentInput input) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.DONOR);
        String donor = blankToNull(input.donor());
        if (caller.is(Role.DONOR)) {
            if (donor != null && !caller.isDonor(donor)) {
                throw new AccessDeniedException("You may only record your own funding (" + caller.donorCode() + ").");
            }
            donor = caller.donorCode();
        }
        FieldErrors errors = new FieldErrors();
        AssistanceRequest request = null;
        if (input.requestId() != null) {
            request = requests.findById(input.requestId())
                    .filter(r -> !caller.is(Role.DONOR) || VISIBLE_TO_DONORS.contains(r.getStatus()))
                    .orElse(null);
            if (request == null) {
                errors.add("requestId", "Request " + input.requestId() + " does not exist or is not visible to you.");
            }
        }
        String stateCode = input.state() == null && request != null
                ? request.getRecipientState().getCode()
                : input.state();
        String areaCode =
                input.area() == null && request != null ? request.getArea().name() : input.area();
        State state = stateOf(stateCode, errors);
        CommitmentArea area = errors.code("area", areaCode, CommitmentArea.class);
        ExternalSource source = errors.code("source", input.source(), ExternalSource.class);
        errors.required("amountUsd", input.amountUsd());
        var start = errors.month("start", input.start());
        var end = errors.month("end", input.end());
        if (donor != null && organisations.findDonor(donor).isEmpty()) {
            errors.add("donor", "'" + donor + "' is neither a State nor a known organisation.");
        }
        if (request != null && state != null && !request.getRecipientState().equals(state)) {
            errors.add(
                    "requestId",
                    "Request " + request.getId() + " is a request of " + request.getRecipientState() + ", not of "
                            + state + ".");
        }
        if (request != null && area != null && request.getArea() != area) {
            errors.add(
                    "requestId",
                    "Request " + request.getId() + " is in area " + request.getArea() + ", not " + area + ".");
        }
        ExternalCommitment commitment = new ExternalCommitment();
        commitment.setState(state);
        commitment.setArea(area);
        commitment.setAmountUsd(input.amountUsd() == null ? 0 : input.amountUsd());
        commitment.setStartMonth(start);
        commitment.setEndMonth(end);
        commitment.setSource(source);
        commitment.setMechanismName(input.mechanismName());
        commitment.setDonorCode(donor);
        commitment.setRequest(request);
        commitment.setNote(blankToNull(input.note()));
        if (request != null && input.amountUsd() != null) {
            long needed = stillNeeded(request);
            if (!RemainingNeed.fits(input.amountUsd(), needed)) {
                errors.add(
                        "amountUsd",
                        "exceeds what request " + request.getId() + " still needs (" + needed
                                + " USD, after its commitments and confirmed funding elsewhere).");
            }
        }
        errors.violations(validator.validate(commitment), FIELD_NAMES);
        errors.throwIfAny();
        commitment.setActingUser(caller.username());
        commitment.recordedBy(caller.username(), ClaimVisibility.partyOf(caller), DatabaseTime.now());
        ExternalCommitment saved = commitments.save(commitment);
        if (!saved.counts()) {
            claimed.fire(new FundingClaimed(saved));
        }
        return ExternalCommitmentView.of(saved);
    }

    /**
     * Deletes a record made in error: the secretariat any, a donor only its own claims that are not confirmed (once
     * the State confirmed it, the State relies on it: only the secretariat removes it). A stale {@code version}
     * (when given) is a conflict. A confirmed record's amount comes back to the request's open need in matching.
     */
    public void delete(Caller caller, long id, Long version) {
        caller.requireSignedIn();
        ExternalCommitment commitment = known(caller, id);
        caller.requireAnyRole(Role.SECRETARIAT, Role.DONOR);
        if (caller.is(Role.DONOR) && !ClaimVisibility.ownedBy(caller, commitment)) {
            throw new AccessDeniedException(
                    "You may only delete the external commitments recorded for you (" + caller.donorCode() + ").");
        }
        if (caller.is(Role.DONOR) && commitment.counts()) {
            throw new AccessDeniedException("External commitment " + id
                    + " is confirmed: the State relies on it; ask the secretariat to remove it.");
        }
        commitment.checkVersion(
                version,
                current -> new ConflictException("External commitment " + id + " changed meanwhile (version " + current
                        + ", not " + version + ")."));
        commitments.delete(commitment);
    }

    /**
     * One page of {@link #list}: {@code donorCode} (when given) keeps only those recorded for that donor; sorted by
     * {@code id} (default, newest first), {@code state}, {@code area}, {@code amountUsd} or {@code start}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExternalCommitmentView> page(Caller caller, String stateCode, String donorCode, PageRequest page) {
        Comparator<ExternalCommitmentView> order = switch (page.sortField() == null ? "id" : page.sortField()) {
            case "state" -> Comparator.comparing(ExternalCommitmentView::stateName);
            case "area" -> Comparator.comparing(ExternalCommitmentView::area);
            case "amountUsd" -> Comparator.comparingLong(ExternalCommitmentView::amountUsd);
            case "start" -> Comparator.comparing(ExternalCommitmentView::start);
            default -> Comparator.comparingLong(ExternalCommitmentView::id);
        };
        boolean descending = page.sortField() == null || page.direction() == SortDirection.DESC;
        List<ExternalCommitmentView> all = list(caller, stateCode).stream()
                .filter(e -> donorCode == null || donorCode.equals(e.donor()))
                .sorted((descending ? order.reversed() : order)
                        .thenComparing(Comparator.comparingLong(ExternalCommitmentView::id)
                                .reversed()))
                .toList();
        return Page.slice(all, page);
    }

    private State stateOf(String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add(
                    "state",
                    "is required (the ISO 3166-1 alpha-3 code of the State), unless requestId names a request.");
            return null;
        }
        State state = states.findByCode(code.trim()).orElse(null);
        if (state == null) {
            errors.add("state", "'" + code + "' is not the code of a UN Member or observer State.");
        }
        return state;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
