package org.clearinghouse.commitments.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.commitments.domain.ExternalCommitment;
import org.clearinghouse.commitments.domain.ExternalCommitmentRepository;
import org.clearinghouse.commitments.domain.ExternalSource;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.OrganisationRepository;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.platform.problem.AccessDeniedProblem;
import org.clearinghouse.platform.problem.FieldErrors;
import org.clearinghouse.platform.problem.NotFoundProblem;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.AssistanceRequestRepository;
import org.clearinghouse.requests.domain.RequestStatus;

/** Records and lists funding through other mechanisms; each public method is one transaction. */
@ApplicationScoped
@Transactional
public class ExternalCommitmentService {

    private static final Map<String, String> FIELD_NAMES = Map.of(
            "startMonth", "start", "endMonth", "end", "", "end", "donorCode", "donor");
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
    Validator validator;

    /** Secretariat, admin and donors see all; a recipient its own State's. {@code stateCode} null: every State. */
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
        return commitments.find(state).stream().map(ExternalCommitmentView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ExternalCommitmentView get(Caller caller, long id) {
        caller.requireSignedIn();
        ExternalCommitment commitment = commitments.findById(id)
                .orElseThrow(() -> new NotFoundProblem("External commitment", id));
        if (caller.is(Role.RECIPIENT) && !caller.isRecipientOf(commitment.getState().getCode())) {
            throw new AccessDeniedProblem("You may only see the external commitments of your own State.");
        }
        return ExternalCommitmentView.of(commitment);
    }

    /** Records funding through another mechanism: the secretariat for anyone, a donor for itself. */
    public ExternalCommitmentView record(Caller caller, ExternalCommitmentInput input) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.DONOR);
        String donor = blankToNull(input.donor());
        if (caller.is(Role.DONOR)) {
            if (donor != null && !caller.isDonor(donor)) {
                throw new AccessDeniedProblem("You may only record your own funding (" + caller.donorCode() + ").");
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
        String stateCode = input.state() == null && request != null ? request.getRecipientState().getCode() : input.state();
        String areaCode = input.area() == null && request != null ? request.getArea().name() : input.area();
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
            errors.add("requestId", "Request " + request.getId() + " is a request of " + request.getRecipientState()
                    + ", not of " + state + ".");
        }
        if (request != null && area != null && request.getArea() != area) {
            errors.add("requestId", "Request " + request.getId() + " is in area " + request.getArea() + ", not " + area + ".");
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
        errors.violations(validator.validate(commitment), FIELD_NAMES);
        errors.throwIfAny();
        commitment.setActingUser(caller.username());
        return ExternalCommitmentView.of(commitments.save(commitment));
    }

    private State stateOf(String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add("state", "is required (the ISO 3166-1 alpha-3 code of the State), unless requestId names a request.");
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
