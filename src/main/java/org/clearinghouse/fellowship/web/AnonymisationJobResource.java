package org.clearinghouse.fellowship.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.fellowship.application.AnonymisationService;
import org.clearinghouse.platform.rest.DayParameter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operator tool: runs the daily anonymisation of nominations now, or as of another day ({@code ?asOf=2029-06-01});
 * administrators only. Anonymised data is never restored, so a run is safe to repeat.
 */
@Tag(name = "Fellowship")
@Path("admin/jobs/fellowship-anonymisation")
@Produces(MediaType.APPLICATION_JSON)
public class AnonymisationJobResource {

    /** The outcome of a run: the day it ran as of, the delay in months, and the calls whose nominations it cleared. */
    public record Run(String asOf, int afterMonths, List<Long> anonymisedCallIds) {}

    @Inject
    AnonymisationService anonymisation;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @Operation(
            operationId = "runFellowshipAnonymisationJob",
            summary = "Anonymises nominations due as of a day (default today, UTC); administrators only")
    @Extension(name = "x-problems", value = "403 422")
    public Run run(@QueryParam("asOf") String asOf) {
        LocalDate day = DayParameter.orToday("asOf", asOf, clock);
        return new Run(day.toString(), anonymisation.months(), anonymisation.runAsOf(caller, day));
    }
}
