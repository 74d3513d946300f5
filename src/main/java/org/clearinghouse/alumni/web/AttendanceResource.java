package org.clearinghouse.alumni.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.alumni.application.AlumniService;
import org.clearinghouse.alumni.application.AttendanceInput;
import org.clearinghouse.alumni.application.AttendeeView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Attendance of the selected nominees of a confirmed call: the secretariat reads and records it. */
@Tag(name = "Fellowship")
@Path("fellowship/calls/{callId}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    @Inject
    AlumniService alumni;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listFellowshipAttendance",
            summary = "The selected nominees of a call with their attendance (secretariat)")
    @Extension(name = "x-problems", value = "403 404")
    public List<AttendeeView> list(@PathParam("callId") long callId) {
        return alumni.attendees(caller, callId);
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "recordFellowshipAttendance",
            summary =
                    "Record ATTENDED, COMPLETED or NO_SHOW for a selected nominee, from the course's start (secretariat)")
    @Extension(name = "x-problems", value = "403 404 409 422")
    public AttendeeView record(
            @PathParam("callId") long callId, @PathParam("id") long nominationId, AttendanceInput input) {
        return alumni.record(caller, callId, nominationId, input == null ? new AttendanceInput(null, null) : input);
    }
}
