package org.clearinghouse.fellowship.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Calls and the seats donors fund. */
public interface FellowshipCallRepository {

    Optional<FellowshipCall> findById(long id);

    /** Every call, the most recent course first. */
    List<FellowshipCall> findAll();

    FellowshipCall save(FellowshipCall call);

    SeatFunding add(SeatFunding funding);

    List<SeatFunding> fundingOf(long callId);

    /** Seats funded for a call, in all. */
    long fundedSeats(long callId);

    /** Calls whose nominations ended (closed, confirmed, or deadline passed) on or before {@code day}. */
    List<FellowshipCall> nominationsEndedBy(LocalDate day);
}
