package org.clearinghouse.alumni.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.alumni.domain.Attendance;
import org.clearinghouse.alumni.domain.AttendanceRepository;
import org.clearinghouse.alumni.domain.AttendanceStatus;
import org.clearinghouse.alumni.domain.FollowUp;
import org.clearinghouse.alumni.domain.FollowUpMilestone;
import org.clearinghouse.alumni.domain.FollowUpRepository;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.directory.domain.StateRepository;
import org.clearinghouse.fellowship.domain.CallStatus;
import org.clearinghouse.fellowship.domain.FellowshipCall;
import org.clearinghouse.fellowship.domain.FellowshipCallRepository;
import org.clearinghouse.fellowship.domain.FellowshipNomination;
import org.clearinghouse.fellowship.domain.NominationOutcome;
import org.clearinghouse.fellowship.domain.NominationRepository;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * After the course: the secretariat records who attended or completed it (selected nominees of a confirmed call,
 * from the first day of the course on); the nominating State enters what its alumni applied, 6 and 12 months after
 * the course ended. An alumnus is shown to its nominating State and the secretariat only; to anyone else it answers
 * as an unknown one (404).
 */
@ApplicationScoped
@Transactional
public class AlumniService {

    @Inject
    AttendanceRepository attendance;

    @Inject
    FollowUpRepository followUps;

    @Inject
    NominationRepository nominations;

    @Inject
    FellowshipCallRepository calls;

    @Inject
    StateRepository states;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "FELLOWSHIP_FOLLOW_UP_OPENS_DAYS_BEFORE", defaultValue = "30")
    int opensDaysBefore;

    /** The selected nominees of a call with what was recorded (secretariat). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttendeeView> attendees(Caller caller, long callId) {
        caller.requireAnyRole(Role.SECRETARIAT);
        FellowshipCall call = call(callId);
        Map<Long, Attendance> recorded = attendance.ofCall(callId).stream()
                .collect(Collectors.toMap(Attendance::getNominationId, Function.identity()));
        return nominations.ofCall(call.getId(), null).stream()
                .filter(n -> n.getOutcome() == NominationOutcome.SELECTED)
                .map(n -> attendee(n, recorded.get(n.getId())))
                .toList();
    }

    /**
     * Records (or corrects) what a selected nominee of a confirmed call did: 422 for a bad status, 409 before the course
     * starts, for a call not confirmed, a nominee not selected, or a stale version.
     */
    public AttendeeView record(Caller caller, long callId, long nominationId, AttendanceInput in) {
        caller.requireAnyRole(Role.SECRETARIAT);
        FellowshipCall call = call(callId);
        FellowshipNomination nomination = nominations
                .findById(nominationId)
                .filter(n -> n.getCallId() == callId)
                .orElseThrow(() -> new NotFoundException("Nomination", nominationId));
        FieldErrors errors = new FieldErrors();
        AttendanceStatus status = errors.code("status", in.status(), AttendanceStatus.class);
        errors.throwIfAny();
        if (call.getStatus() != CallStatus.CONFIRMED) {
            throw new ConflictException("The cohort of call " + callId + " is not confirmed; attendance is recorded"
                    + " for the selected nominees of a confirmed cohort only.");
        }
        if (nomination.getOutcome() != NominationOutcome.SELECTED) {
            throw new ConflictException("Nomination " + nominationId + " was not selected (" + nomination.getOutcome()
                    + "); attendance is recorded for selected nominees only.");
        }
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(call.getStart())) {
            throw new ConflictException("The course of call " + callId + " starts on " + call.getStart()
                    + "; attendance can be recorded from that day on.");
        }
        Optional<Attendance> existing = attendance.ofNomination(nominationId);
        Attendance record = existing.orElseGet(() -> new Attendance(callId, nominationId, status));
        existing.ifPresent(a -> a.checkVersion("Attendance of nomination", nominationId, in.version()));
        record.record(status);
        record.setActingUser(caller.username());
        Attendance saved = attendance.save(record, existing.isEmpty());
        return attendee(nomination, saved);
    }

    /** The alumni the caller may see: all (secretariat), its State's (recipient); 403 for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlumnusView> alumni(Caller caller) {
        caller.requireAnyRole(Role.SECRETARIAT, Role.RECIPIENT);
        List<AlumnusView> result = new ArrayList<>();
        for (Attendance a : attendance.all()) {
            if (!a.getStatus().tookPart()) {
                continue;
            }
            FellowshipNomination n = nominations.findById(a.getNominationId()).orElseThrow();
            if (caller.isSecretariat() || n.nominatedBy(caller.stateCode())) {
                result.add(alumnus(n, a));
            }
        }
        return result;
    }

    /** The alumni of one call (those who attended or completed it) with their follow-ups (secretariat). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlumnusView> alumniOfCall(Caller caller, long callId) {
        caller.requireAnyRole(Role.SECRETARIAT);
        call(callId);
        List<AlumnusView> result = new ArrayList<>();
        for (Attendance a : attendance.ofCall(callId)) {
            if (a.getStatus().tookPart()) {
                nominations.findById(a.getNominationId()).ifPresent(n -> result.add(alumnus(n, a)));
            }
        }
        return result;
    }

    /** One alumnus with its follow-ups; 404 for anyone but the secretariat and the nominating State. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AlumnusView alumnus(Caller caller, long nominationId) {
        caller.requireSignedIn();
        FellowshipNomination n = visible(caller, nominationId);
        return alumnus(n, tookPart(n));
    }

    /**
     * The nominating State enters (or corrects) a follow-up: 404 for another State's alumnus or a milestone other than
     * 6 or 12, 422 for an empty or too long text, 409 before the follow-up opens or on a stale version.
     */
    public AlumnusView enterFollowUp(Caller caller, long nominationId, int months, FollowUpInput in) {
        caller.requireSignedIn();
        FellowshipNomination n = visible(caller, nominationId);
        caller.requireAnyRole(Role.RECIPIENT);
        Attendance a = tookPart(n);
        FollowUpMilestone milestone =
                FollowUpMilestone.ofMonths(months).orElseThrow(() -> new NotFoundException("Follow-up", months));
        FieldErrors errors = new FieldErrors();
        String applied = errors.required("applied", in.applied());
        if (applied != null && applied.length() > FollowUp.MAX_LENGTH) {
            errors.add("applied", "must be at most " + FollowUp.MAX_LENGTH + " characters.");
        }
        errors.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        FellowshipCall call = call(n.getCallId());
        milestone.checkOpen(call.getEnd(), opensDaysBefore, today);
        Optional<FollowUp> existing = followUps.find(nominationId, months);
        FollowUp followUp = existing.orElseGet(() -> new FollowUp(nominationId, milestone));
        existing.ifPresent(f -> f.checkVersion("Follow-up of nomination", nominationId, in.version()));
        followUp.write(applied.trim(), today);
        followUp.setActingUser(caller.username());
        followUps.save(followUp, existing.isEmpty());
        return alumnus(n, a);
    }

    /**
     * The alumnus whose certificate the caller asks for: 404 as for {@link #alumnus(Caller, long)}, 409 unless the
     * course was completed and the names are still there.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Certificate certificate(Caller caller, long nominationId) {
        caller.requireSignedIn();
        FellowshipNomination n = visible(caller, nominationId);
        Attendance a = tookPart(n);
        if (a.getStatus() != AttendanceStatus.COMPLETED) {
            throw new ConflictException("Nomination " + nominationId + " is recorded as " + a.getStatus()
                    + "; a certificate is issued for a completed course only.");
        }
        if (n.isAnonymised()) {
            throw new ConflictException("The personal data of nomination " + nominationId
                    + " was anonymised; a certificate can no longer be issued.");
        }
        FellowshipCall call = call(n.getCallId());
        return new Certificate(
                n.getId(),
                n.getGivenName() + " " + n.getFamilyName(),
                stateName(n.getStateCode()),
                call.getTitle(),
                stateName(call.getHostState()),
                call.getVenue(),
                call.getStart(),
                call.getEnd());
    }

    public int opensDaysBefore() {
        return opensDaysBefore;
    }

    private String stateName(String code) {
        return states.findByCode(code).map(State::getName).orElse(code);
    }

    private FellowshipNomination visible(Caller caller, long nominationId) {
        return nominations
                .findById(nominationId)
                .filter(n -> caller.isSecretariat() || (caller.is(Role.RECIPIENT) && n.nominatedBy(caller.stateCode())))
                .orElseThrow(() -> new NotFoundException("Alumnus", nominationId));
    }

    private Attendance tookPart(FellowshipNomination n) {
        return attendance
                .ofNomination(n.getId())
                .filter(a -> a.getStatus().tookPart())
                .orElseThrow(() -> new NotFoundException("Alumnus", n.getId()));
    }

    private FellowshipCall call(long callId) {
        return calls.findById(callId).orElseThrow(() -> new NotFoundException("Fellowship call", callId));
    }

    private static AttendeeView attendee(FellowshipNomination n, Attendance a) {
        return new AttendeeView(
                n.getId(),
                n.getCallId(),
                n.getStateCode(),
                n.getGivenName(),
                n.getFamilyName(),
                n.getGender().name(),
                a == null ? null : a.getStatus().name(),
                a == null ? null : a.getVersion(),
                n.isAnonymised(),
                a != null && a.getStatus() == AttendanceStatus.COMPLETED && !n.isAnonymised());
    }

    private AlumnusView alumnus(FellowshipNomination n, Attendance a) {
        FellowshipCall call = call(n.getCallId());
        Map<Integer, FollowUp> entered = followUps.ofNominations(List.of(n.getId())).stream()
                .collect(Collectors.toMap(FollowUp::getMonths, Function.identity()));
        List<FollowUpView> views = new ArrayList<>();
        for (FollowUpMilestone m : EnumSet.allOf(FollowUpMilestone.class)) {
            FollowUp f = entered.get(m.months());
            views.add(new FollowUpView(
                    m.months(),
                    m.dueOn(call.getEnd()).toString(),
                    m.opensOn(call.getEnd(), opensDaysBefore).toString(),
                    f == null ? null : f.getApplied(),
                    f == null ? null : f.getEnteredOn().toString(),
                    f == null ? null : f.getVersion()));
        }
        return new AlumnusView(
                n.getId(),
                n.getCallId(),
                call.getTitle(),
                call.getStart().toString(),
                call.getEnd().toString(),
                call.getTopics(),
                n.getStateCode(),
                n.getGivenName(),
                n.getFamilyName(),
                n.getGender().name(),
                a.getStatus().name(),
                n.isAnonymised(),
                a.getStatus() == AttendanceStatus.COMPLETED && !n.isAnonymised(),
                views);
    }
}
