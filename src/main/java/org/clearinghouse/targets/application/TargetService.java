package org.clearinghouse.targets.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.targets.domain.Target;
import org.clearinghouse.targets.domain.TargetRepository;

/**
 * Voluntary targets: a recipient records its State's, the secretariat a region's (or a State's on its behalf);
 * every signed-in account reads them.
 */
@ApplicationScoped
@Transactional
public class TargetService {

    /** Indicators offered in forms; any other text is accepted. */
    public static final List<String> INDICATORS = List.of(
            Target.SDG_16_4_2,
            "Share of recovered weapons marked and recorded",
            "Surplus weapons destroyed",
            "Officials trained",
            "National action plan adopted");

    @Inject
    TargetRepository targets;

    @Inject
    StateRepository states;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TargetView> list(Caller caller, String state, String region) {
        caller.requireSignedIn();
        FieldErrors errors = new FieldErrors();
        Region wanted = region == null ? null : errors.code("region", region, Region.class);
        errors.throwIfAny();
        return targets.find(state, wanted).stream().map(TargetView::of).toList();
    }

    /** The targets a request of the caller's State may serve: its State's own and its region's; none for others. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TargetView> servableBy(Caller caller) {
        caller.requireSignedIn();
        if (!caller.is(Role.RECIPIENT)) {
            return List.of();
        }
        State state = states.findByCode(caller.stateCode()).orElseThrow();
        return targets.servableBy(state).stream().map(TargetView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetView get(Caller caller, long id) {
        caller.requireSignedIn();
        return TargetView.of(find(id));
    }

    public TargetView create(Caller caller, TargetInput input) {
        caller.requireAnyRole(Role.RECIPIENT, Role.SECRETARIAT);
        Target target = new Target();
        apply(caller, input, target, true);
        target.setActingUser(caller.username());
        targets.save(target);
        return TargetView.of(target);
    }

    public TargetView update(Caller caller, long id, TargetInput input) {
        caller.requireAnyRole(Role.RECIPIENT, Role.SECRETARIAT);
        Target target = find(id);
        checkOwner(caller, target);
        FieldErrors errors = new FieldErrors();
        errors.required("version", input.version());
        errors.throwIfAny();
        target.checkVersion("Target", id, input.version());
        apply(caller, input, target, false);
        target.setActingUser(caller.username());
        targets.save(target);
        return TargetView.of(target);
    }

    /** The target, for linking a request to it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Target> findOptional(long id) {
        return targets.findById(id);
    }

    private Target find(long id) {
        return findOptional(id).orElseThrow(() -> new NotFoundException("Target", id));
    }

    private void apply(Caller caller, TargetInput in, Target target, boolean creating) {
        FieldErrors errors = new FieldErrors();
        if (creating) {
            State state = null;
            Region region = null;
            if (caller.is(Role.RECIPIENT)) {
                if (in.region() != null || (in.state() != null && !caller.isRecipientOf(in.state()))) {
                    throw new AccessDeniedException("A recipient records targets of its own State only.");
                }
                state = states.findByCode(caller.stateCode()).orElseThrow();
            } else if (in.state() != null) {
                state = states.findByCode(in.state().trim()).orElse(null);
                if (state == null) {
                    errors.add("state", "'" + in.state() + "' is not the code of a UN Member or observer State.");
                }
            } else {
                region = errors.code("region", in.region(), Region.class);
            }
            target.ownedBy(state, region);
        }
        CommitmentArea area =
                in.area() == null || in.area().isBlank() ? null : errors.code("area", in.area(), CommitmentArea.class);
        errors.required("description", in.description());
        errors.required("indicator", in.indicator());
        errors.required("targetValue", in.targetValue());
        errors.required("targetYear", in.targetYear());
        if (in.description() != null && in.description().length() > 2000) {
            errors.add("description", "must be at most 2000 characters.");
        }
        if (in.indicator() != null && in.indicator().length() > 200) {
            errors.add("indicator", "must be at most 200 characters.");
        }
        if (in.targetYear() != null && (in.targetYear() < 2000 || in.targetYear() > 2100)) {
            errors.add("targetYear", "must be a year between 2000 and 2100.");
        }
        errors.throwIfAny();
        target.describe(
                in.description().trim(),
                area,
                in.indicator().trim(),
                in.baselineValue(),
                in.targetValue(),
                in.targetYear());
    }

    private static void checkOwner(Caller caller, Target target) {
        if (caller.is(Role.RECIPIENT)
                && (target.getState() == null
                        || !caller.isRecipientOf(target.getState().getCode()))) {
            throw new AccessDeniedException("Target " + target.getId() + " is not a target of your State.");
        }
    }
}
