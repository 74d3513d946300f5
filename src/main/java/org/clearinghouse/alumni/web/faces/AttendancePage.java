package org.clearinghouse.alumni.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.alumni.application.AlumniService;
import org.clearinghouse.alumni.application.AttendanceInput;
import org.clearinghouse.alumni.application.AttendeeView;
import org.clearinghouse.alumni.domain.AttendanceStatus;
import org.clearinghouse.fellowship.application.CallView;
import org.clearinghouse.fellowship.application.FellowshipCallService;
import org.clearinghouse.fellowship.domain.CallStatus;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.shared.errors.ConflictException;

/**
 * The secretariat's attendance page: the confirmed courses, and for the one chosen ({@code call} parameter) its
 * selected nominees, whose attendance it records; completed ones get a certificate link.
 */
@Named
@ViewScoped
public class AttendancePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AlumniService alumni;

    @Inject
    FellowshipCallService calls;

    @Inject
    Instance<Caller> caller;

    @Inject
    Clock clock;

    private Long call;
    private CallView chosen;
    private List<CallView> confirmed = List.of();
    private List<AttendeeView> attendees = List.of();
    private List<FollowUpLine> followUps = List.of();
    private final Map<Long, String> statuses = new HashMap<>();

    /** Reads the confirmed calls and, when one is named, its selected nominees; 404 for an unknown call. */
    public void load() throws IOException {
        FormSubmission.readOr404(this::refresh);
    }

    private void refresh() {
        confirmed = calls.list().stream()
                .filter(c -> c.status().equals(CallStatus.CONFIRMED.name()))
                .toList();
        if (call != null) {
            chosen = calls.get(call);
            attendees = alumni.attendees(caller.get(), call);
            statuses.clear();
            attendees.forEach(a -> statuses.put(a.nominationId(), a.status()));
            LocalDate today = LocalDate.now(clock);
            List<FollowUpLine> lines = new ArrayList<>();
            alumni.alumniOfCall(caller.get(), call)
                    .forEach(a -> a.followUps().forEach(f -> lines.add(FollowUpLine.of(a, f, today))));
            followUps = lines;
        }
    }

    /** Records the status chosen for one nominee, with the version the page showed. */
    public void save(AttendeeView attendee) {
        String status = statuses.get(attendee.nominationId());
        if (status == null || status.isBlank()) {
            Texts.error("attendance.status.required");
            return;
        }
        FormSubmission.handling()
                .conflict("attendance.error.conflict")
                .on(ConflictException.class, c -> refresh())
                .run(() -> {
                    alumni.record(
                            caller.get(),
                            call,
                            attendee.nominationId(),
                            new AttendanceInput(status, attendee.version()));
                    Texts.info("attendance.saved");
                    refresh();
                });
    }

    public List<String> getStatusChoices() {
        return List.of(
                AttendanceStatus.ATTENDED.name(), AttendanceStatus.COMPLETED.name(), AttendanceStatus.NO_SHOW.name());
    }

    public Long getCall() {
        return call;
    }

    public void setCall(Long call) {
        this.call = call;
    }

    public CallView getChosen() {
        return chosen;
    }

    public List<CallView> getConfirmed() {
        return confirmed;
    }

    public List<AttendeeView> getAttendees() {
        return attendees;
    }

    /** The follow-ups of the chosen call's alumni, 6 and 12 months after the course. */
    public List<FollowUpLine> getFollowUps() {
        return followUps;
    }

    public Map<Long, String> getStatuses() {
        return statuses;
    }
}
