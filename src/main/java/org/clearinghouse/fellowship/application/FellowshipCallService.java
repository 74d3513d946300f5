package org.clearinghouse.fellowship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.fellowship.domain.FellowshipCall;
import org.clearinghouse.fellowship.domain.FellowshipCallRepository;
import org.clearinghouse.fellowship.domain.NominationRepository;
import org.clearinghouse.fellowship.domain.SeatFunding;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * Calls of the fellowship programme: the secretariat publishes and closes them, donors fund their seats, everyone
 * (anonymous readers included) reads them, with counts of nominations but no personal data.
 */
@ApplicationScoped
@Transactional
public class FellowshipCallService {

    @Inject
    FellowshipCallRepository calls;

    @Inject
    NominationRepository nominations;

    @Inject
    StateRepository states;

    @Inject
    Clock clock;

    @Inject
    OfferDraw offerDraw;

    public CallView publish(Caller caller, CallInput input) {
        caller.requireAnyRole(Role.SECRETARIAT);
        FellowshipCall call = new FellowshipCall();
        call.describe(
                CallInputCheck.check(input, code -> states.findByCode(code).isPresent()));
        call.setActingUser(caller.username());
        calls.save(call);
        return view(call, Map.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CallView> list() {
        Map<Long, long[]> counts = new HashMap<>();
        nominations.countsByCall().forEach(row -> counts.put(row[0], row));
        return calls.findAll().stream().map(c -> view(c, counts)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CallView get(long id) {
        Map<Long, long[]> counts = new HashMap<>();
        nominations.countsByCall().stream().filter(r -> r[0] == id).forEach(r -> counts.put(r[0], r));
        return view(find(id), counts);
    }

    /** Closes nominations early; {@code version} (optional) must be the call's current one (else 409). */
    public CallView close(Caller caller, long id, Long version) {
        caller.requireAnyRole(Role.SECRETARIAT);
        FellowshipCall call = find(id);
        call.checkVersion("Call", id, version);
        call.close(today());
        call.setActingUser(caller.username());
        calls.save(call);
        return get(id);
    }

    /**
     * A donor funds seats of a call, directly or from one of its open offers in the fellowship area; never more seats
     * than the call has (422), never more than the offer has left (422).
     */
    public FundingView fund(Caller caller, long id, FundingInput input) {
        caller.requireAnyRole(Role.DONOR);
        FellowshipCall call = find(id);
        FieldErrors errors = new FieldErrors();
        Integer seats = errors.required("seats", input.seats());
        errors.throwIfAny();
        long funded = calls.fundedSeats(id);
        call.checkFundable(funded, seats);
        long amount = Math.multiplyExact(seats.longValue(), call.getSeatCostUsd());
        if (input.offerId() != null) {
            offerDraw.check(caller, input.offerId(), amount);
        }
        SeatFunding funding = new SeatFunding(id, caller.donorCode(), seats, input.offerId(), amount);
        funding.setActingUser(caller.username());
        calls.add(funding);
        long now = funded + seats;
        return new FundingView(
                funding.getId(), id, caller.donorCode(), seats, input.offerId(), amount, now, call.getSeats() - now);
    }

    /** The call, or 404. */
    public FellowshipCall find(long id) {
        return calls.findById(id).orElseThrow(() -> new NotFoundException("Fellowship call", id));
    }

    /** Today in UTC (the deadline is inclusive). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private CallView view(FellowshipCall c, Map<Long, long[]> counts) {
        long[] count = counts.getOrDefault(c.getId(), new long[3]);
        return CallView.of(c, c.acceptsNominationsOn(today()), calls.fundedSeats(c.getId()), count[1], count[2]);
    }
}
