package org.clearinghouse.alumni.domain;

import java.util.List;
import java.util.Optional;

/** Attendance records of selected nominees. */
public interface AttendanceRepository {

    Optional<Attendance> ofNomination(long nominationId);

    List<Attendance> ofCall(long callId);

    /** Every record, of every call. */
    List<Attendance> all();

    Attendance save(Attendance attendance, boolean isNew);
}
