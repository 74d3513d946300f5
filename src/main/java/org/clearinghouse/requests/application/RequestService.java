package org.clearinghouse.requests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.requests.domain.AssistanceRequestRepository;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.domain.AwaitingParties;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.paging.Page;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.targets.application.TargetService;
import org.clearinghouse.targets.domain.Target;

/** The use cases of assistance requests; each public method is one transaction. */
@ApplicationScoped
@Transactional
public class RequestService {

    private static final Set<RequestStatus> EDITABLE =
            EnumSet.of(RequestStatus.DRAFT, RequestStatus.SUBMITTED, RequestStatus.VALIDATED);

    @Inject
    AssistanceRequestRepository requests;

    @Inject
    StateRepository states;

    @Inject
    Validator validator;

    @Inject
    TargetService targets;

    @Inject
    jakarta.enterprise.event.Event<RequestValidated> validated;

    @Inject
    AwaitingParties awaitingParties;

    public Set<String> sortFields() {
        return requests.sortFields();
    }

    /** The requests the caller may see that match the filter: recipients see their State's, donors validated ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RequestView> list(Caller caller, AssistanceRequestFilter filter, PageRequest page) {
        caller.requireSignedIn();
        AssistanceRequestFilter visible = switch (caller.role()) {
            case SECRETARIAT, ADMIN -> filter;
            case RECIPIENT -> filter.withState(caller.stateCode());
            case DONOR ->
                new AssistanceRequestFilter(
                        filter.area(),
                        filter.type(),
                        filter.stateCode(),
                        filter.region(),
                        filter.statuses().isEmpty()
                                ? RequestAccess.VISIBLE_TO_DONORS
                                : intersect(filter.statuses(), RequestAccess.VISIBLE_TO_DONORS),
                        filter.priority());
        };
        if (caller.is(Role.RECIPIENT) && filter.stateCode() != null && !caller.isRecipientOf(filter.stateCode())) {
            return Page.empty(page);
        }
        if (caller.is(Role.DONOR) && visible.statuses().isEmpty()) {
            return Page.empty(page);
        }
        return requests.find(visible, page).map(r -> RequestFieldPolicy.viewFor(caller, r));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RequestView get(Caller caller, long id) {
        AssistanceRequest request = findReadable(caller, id);
        return RequestFieldPolicy.viewFor(caller, request);
    }

    /** Creates a draft request; a recipient's State is its own unless it names it. */
    public RequestView create(Caller caller, RequestInput input) {
        caller.requireAnyRole(Role.RECIPIENT, Role.SECRETARIAT);
        String stateCode = input.state() == null && caller.is(Role.RECIPIENT) ? caller.stateCode() : input.state();
        FieldErrors errors = new FieldErrors();
        State state = stateOf(stateCode, errors);
        if (state != null) {
            RequestAccess.checkCanWrite(caller, state.getCode());
        }
        AssistanceRequest request = new AssistanceRequest();
        request.setStatus(RequestStatus.DRAFT);
        apply(input, state, request, errors);
        request.setActingUser(caller.username());
        return RequestView.of(requests.save(request));
    }

    /**
     * Replaces the editable fields of a request the caller may write, if the caller's version is current. While a
     * proposal for it awaits the parties, only the secretariat edits it (409 for the State): the donor decides on the
     * request as it stands.
     */
    public RequestView update(Caller caller, long id, RequestInput input) {
        AssistanceRequest request = findWritable(caller, id);
        FieldErrors errors = new FieldErrors();
        errors.required("version", input.version());
        String stateCode = input.state() == null ? request.getRecipientState().getCode() : input.state();
        State state = stateOf(stateCode, errors);
        if (state != null && !state.getCode().equals(request.getRecipientState().getCode())) {
            RequestAccess.checkCanWrite(caller, state.getCode());
        }
        errors.throwIfAny();
        request.checkEditable("Request", id, input.version(), request.getStatus(), EDITABLE);
        if (!caller.isSecretariat() && awaitingParties.requestAwaitingParties(id)) {
            throw new ConflictException("Request " + id + " has a proposal awaiting the parties: the donor decides on"
                    + " the request as it stands. Decline the proposal first, or ask the secretariat.");
        }
        apply(input, state, request, errors);
        if (request.getStatus() == RequestStatus.VALIDATED && caller.is(Role.RECIPIENT)) {
            request.setStatus(RequestStatus.SUBMITTED); // a changed need is validated again
        }
        request.setActingUser(caller.username());
        return RequestView.of(requests.save(request));
    }

    /** DRAFT to SUBMITTED, by the recipient (or the secretariat on its behalf). */
    public RequestView submit(Caller caller, long id, Long version) {
        AssistanceRequest request = findWritable(caller, id);
        request.setSubmittedAt(LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MICROS));
        return transition(caller, request, version, EnumSet.of(RequestStatus.DRAFT), RequestStatus.SUBMITTED, null);
    }

    /** SUBMITTED to VALIDATED, by the secretariat. */
    public RequestView validate(Caller caller, long id, Long version) {
        caller.requireAnyRole(Role.SECRETARIAT);
        AssistanceRequest request = find(id);
        RequestView view = transition(
                caller, request, version, EnumSet.of(RequestStatus.SUBMITTED), RequestStatus.VALIDATED, null);
        validated.fire(new RequestValidated(request));
        return view;
    }

    /** SUBMITTED back to DRAFT with the secretariat's comment. */
    public RequestView returnForChanges(Caller caller, long id, Long version, String comment) {
        caller.requireAnyRole(Role.SECRETARIAT);
        FieldErrors errors = new FieldErrors();
        errors.required("comment", comment);
        errors.throwIfAny();
        return transition(caller, find(id), version, EnumSet.of(RequestStatus.SUBMITTED), RequestStatus.DRAFT, comment);
    }

    /** Any open status to WITHDRAWN, by the recipient or the secretariat. */
    public RequestView withdraw(Caller caller, long id, Long version) {
        AssistanceRequest request = findWritable(caller, id);
        return transition(
                caller,
                request,
                version,
                EnumSet.of(
                        RequestStatus.DRAFT,
                        RequestStatus.SUBMITTED,
                        RequestStatus.VALIDATED,
                        RequestStatus.PARTIALLY_FUNDED),
                RequestStatus.WITHDRAWN,
                null);
    }

    /** The statuses a recipient ranks: requests still open for funding. */
    public static final Set<RequestStatus> RANKED = EnumSet.of(
            RequestStatus.DRAFT, RequestStatus.SUBMITTED, RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED);

    /**
     * The national priority ranking of a recipient State: the requests in the given order get priorities 1, 2, 3,
     * 4, 5 and every later one 5. Only the caller's own State's open requests ({@link #RANKED}) may be ranked; the
     * status of a request does not change (the ranking is the State's own decision, not a change of the need).
     */
    public java.util.List<RequestView> rank(Caller caller, java.util.List<Long> idsInOrder) {
        caller.requireAnyRole(Role.RECIPIENT);
        java.util.List<RequestView> ranked = new java.util.ArrayList<>();
        int position = 0;
        for (Long id : idsInOrder) {
            AssistanceRequest request = findWritable(caller, id);
            if (!RANKED.contains(request.getStatus())) {
                throw new ConflictException(
                        "Request " + id + " is " + request.getStatus() + " and is no longer ranked.");
            }
            position++;
            int priority = Math.min(position, 5);
            if (request.getPriority() != priority) {
                request.setPriority(priority);
                request.setActingUser(caller.username());
                request = requests.save(request);
            }
            ranked.add(RequestView.of(request));
        }
        return ranked;
    }

    private RequestView transition(
            Caller caller,
            AssistanceRequest request,
            Long version,
            Set<RequestStatus> from,
            RequestStatus to,
            String comment) {
        request.checkTransition("Request", request.getId(), version, request.getStatus(), from, to);
        request.setStatus(to);
        if (comment != null || to == RequestStatus.VALIDATED) {
            request.setValidationComment(comment);
        }
        request.setActingUser(caller.username());
        return RequestView.of(requests.save(request));
    }

    private void apply(RequestInput input, State state, AssistanceRequest request, FieldErrors errors) {
        request.setTarget(targetOf(input.targetId(), state, errors));
        RequestFields.apply(input, state, request, errors, validator);
        errors.throwIfAny();
    }

    /** The target a request of {@code state} may serve: its State's own or its region's. */
    private Target targetOf(Long id, State state, FieldErrors errors) {
        if (id == null) {
            return null;
        }
        Target target = targets.findOptional(id).orElse(null);
        if (target == null) {
            errors.add("targetId", "there is no target " + id + ".");
        } else if (state != null && !target.canBeServedBy(state)) {
            errors.add(
                    "targetId", "target " + id + " is neither a target of " + state.getCode() + " nor of its region.");
            return null;
        }
        return target;
    }

    private State stateOf(String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add("state", "is required (the ISO 3166-1 alpha-3 code of the recipient State).");
            return null;
        }
        State state = states.findByCode(code.trim()).orElse(null);
        if (state == null) {
            errors.add("state", "'" + code + "' is not the code of a UN Member or observer State.");
        }
        return state;
    }

    /** The request if the caller may see it; 401 first, then 404 as for an unknown one (no existence oracle). */
    private AssistanceRequest findReadable(Caller caller, long id) {
        caller.requireSignedIn();
        AssistanceRequest request = find(id);
        RequestAccess.checkCanRead(caller, request);
        return request;
    }

    /**
     * The request the caller writes: the role first (401, 403 whatever the id), then 404 when the caller may not see
     * it, then 403 when it may see it but not write it.
     */
    private AssistanceRequest findWritable(Caller caller, long id) {
        caller.requireAnyRole(Role.RECIPIENT, Role.SECRETARIAT);
        AssistanceRequest request = findReadable(caller, id);
        RequestAccess.checkCanWrite(caller, request.getRecipientState().getCode());
        return request;
    }

    private AssistanceRequest find(long id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("Request", id));
    }

    private static Set<RequestStatus> intersect(Set<RequestStatus> a, Set<RequestStatus> b) {
        Set<RequestStatus> result = EnumSet.noneOf(RequestStatus.class);
        a.stream().filter(b::contains).forEach(result::add);
        return result;
    }
}
