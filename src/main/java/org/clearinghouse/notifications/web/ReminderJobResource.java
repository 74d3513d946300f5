package org.clearinghouse.notifications.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.notifications.application.ReminderService;
import org.clearinghouse.platform.rest.DayParameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operator tool: runs the daily 12-month reminder job now, or as of another day ({@code ?asOf=2028-01-15}), to catch
 * up after an outage or to check the rule; administrators only. Reminders are never sent twice for the same quiet
 * period, so a run is safe to repeat.
 */
@Tag(name = "Notifications")
@Path("admin/jobs/reminders")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderJobResource {

    /** The outcome of a run: the day it ran as of, and the requests reminded. */
    public record Run(String asOf, List<Long> remindedRequestIds) {}

    @Inject
    ReminderService reminders;

    @Inject
    Caller caller;

    @Inject
    java.time.Clock clock;

    @POST
    @Operation(
            operationId = "runReminderJob",
            summary = "Runs the 12-month reminder job as of a day (default today, UTC); administrators only")
    @Extension(name = "x-problems", value = "403 422")
    public Run run(@QueryParam("asOf") String asOf) {
        caller.requireAnyRole(org.clearinghouse.accounts.domain.Role.ADMIN);
        LocalDate day = DayParameter.orToday("asOf", asOf, clock);
        return new Run(day.toString(), reminders.runAsOf(caller, day));
    }
}
