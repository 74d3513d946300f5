package org.clearinghouse.fellowship.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.fellowship.application.CallInput;
import org.clearinghouse.fellowship.application.CallView;
import org.clearinghouse.fellowship.application.CohortSelectionService;
import org.clearinghouse.fellowship.application.FellowshipCallService;
import org.clearinghouse.fellowship.application.FundingInput;
import org.clearinghouse.fellowship.application.FundingView;
import org.clearinghouse.fellowship.application.SelectionInput;
import org.clearinghouse.fellowship.application.SelectionView;
import org.clearinghouse.fellowship.application.VersionInput;
import org.clearinghouse.platform.rest.Created;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Calls of the fellowship programme, their funded seats, and the cohort the engine proposes and the secretariat confirms. */
@Tag(name = "Fellowship")
@Path("fellowship/calls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FellowshipCallsResource {

    @Inject
    FellowshipCallService calls;

    @Inject
    CohortSelectionService selection;

    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "publishFellowshipCall", summary = "Publish a call for nominations (secretariat)")
    @Extension(name = "x-problems", value = "403 422")
    public Response publish(CallInput input, @Context UriInfo uri) {
        CallView created = calls.publish(caller, input == null ? emptyCall() : input);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @SecurityRequirementsSet
    @Operation(
            operationId = "listFellowshipCalls",
            summary = "Calls, the latest course first, with funded seats and counts of nominations (public)")
    public List<CallView> list() {
        return calls.list();
    }

    @GET
    @Path("{id}")
    @SecurityRequirementsSet
    @Operation(
            operationId = "getFellowshipCall",
            summary = "A call with its funded and unfunded seats and counts of nominations (public)")
    public CallView get(@PathParam("id") long id) {
        return calls.get(id);
    }

    @POST
    @Path("{id}/close")
    @Operation(
            operationId = "closeFellowshipCall",
            summary = "Close nominations before the deadline (secretariat); send the version you read")
    @Extension(name = "x-problems", value = "403 409")
    public CallView close(@PathParam("id") long id, VersionInput input) {
        return calls.close(caller, id, input == null ? null : input.version());
    }

    @POST
    @Path("{id}/funding")
    @Operation(
            operationId = "fundFellowshipSeats",
            summary = "Fund seats of a call (donor), directly or from an open offer in the fellowship area (offerId)")
    @Extension(name = "x-problems", value = "403 409 422")
    public Response fund(@PathParam("id") long id, FundingInput input, @Context UriInfo uri) {
        FundingView funding = calls.fund(caller, id, input == null ? new FundingInput(null, null) : input);
        return Created.at(uri, funding.id(), funding);
    }

    @POST
    @Path("{id}/selection")
    @Operation(
            operationId = "proposeFellowshipCohort",
            summary =
                    "Propose a cohort with the cohort engine, with the waiting list and why (secretariat; provisional)")
    @Extension(name = "x-problems", value = "403 422")
    public SelectionView propose(@PathParam("id") long id, SelectionInput input) {
        return selection.propose(caller, id, input);
    }

    @POST
    @Path("{id}/selection/confirm")
    @Operation(
            operationId = "confirmFellowshipCohort",
            summary = "Confirm the cohort once nominations are over; the nominating States are notified (secretariat)")
    @Extension(name = "x-problems", value = "403 409 422")
    public SelectionView confirm(@PathParam("id") long id, SelectionInput input) {
        return selection.confirm(caller, id, input);
    }

    private static CallInput emptyCall() {
        return new CallInput(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
