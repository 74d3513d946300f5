package org.clearinghouse.fellowship.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.fellowship.application.CohortReviewService;
import org.clearinghouse.fellowship.application.NominationCsv;
import org.clearinghouse.fellowship.application.NominationInput;
import org.clearinghouse.fellowship.application.NominationService;
import org.clearinghouse.fellowship.application.NominationView;
import org.clearinghouse.fellowship.application.PinInput;
import org.clearinghouse.fellowship.application.SelectionView;
import org.clearinghouse.fellowship.application.SwapInput;
import org.clearinghouse.fellowship.application.VersionInput;
import org.clearinghouse.platform.rest.Created;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Nominations to a call: a recipient State nominates; each caller sees what it may (the secretariat all, a State its
 * own, others none); a State exports its own nominations' personal data. The secretariat's review of a proposed cohort
 * (pin, swap; re-run is POST .../selection) and a nominee's withdrawal from a confirmed one, which hands a freed seat to
 * the waiting list.
 */
@Tag(name = "Fellowship")
@Path("fellowship/calls/{callId}/nominations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NominationsResource {

    @Inject
    NominationService nominations;

    @Inject
    CohortReviewService review;

    @Inject
    Caller caller;

    @POST
    @Operation(
            operationId = "nominateFellow",
            summary = "Nominate a candidate before the deadline, within the cap per State (recipient)")
    @Extension(name = "x-problems", value = "403 409 422")
    public Response nominate(@PathParam("callId") long callId, NominationInput input, @Context UriInfo uri) {
        NominationView created = nominations.nominate(
                caller,
                callId,
                input == null
                        ? new NominationInput(null, null, null, null, null, null, null, null, null, null, null, null)
                        : input);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Operation(
            operationId = "listFellowshipNominations",
            summary = "The nominations the caller may see: all (secretariat), its State's (recipient), none (others)")
    public List<NominationView> list(@PathParam("callId") long callId) {
        return nominations.list(caller, callId);
    }

    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(
            operationId = "exportFellowshipNominations",
            summary = "The caller's State's nominations with their personal data, as JSON or CSV (format=csv)")
    @Extension(name = "x-problems", value = "422")
    public Response export(@PathParam("callId") long callId, @QueryParam("format") String format) {
        String wanted = format == null || format.isBlank() ? "json" : format.trim();
        if (!wanted.equals("json") && !wanted.equals("csv")) {
            FieldErrors errors = new FieldErrors();
            errors.add("format", "must be json or csv.");
            errors.throwIfAny();
        }
        List<NominationView> own = nominations.list(caller, callId);
        String file = "fellowship-call-" + callId + "-nominations." + wanted;
        Response.ResponseBuilder answer = wanted.equals("csv")
                ? Response.ok(NominationCsv.of(own), "text/csv; charset=UTF-8")
                : Response.ok(own, MediaType.APPLICATION_JSON);
        return answer.header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getFellowshipNomination",
            summary = "One nomination with its personal data (secretariat or the nominating State; 404 for others)")
    public NominationView get(@PathParam("callId") long callId, @PathParam("id") long id) {
        return nominations.get(caller, callId, id);
    }

    @POST
    @Path("{id}/pin")
    @Operation(
            operationId = "pinFellowshipNomination",
            summary = "Pin a nomination in or out of the proposed cohort, or lift the pin (secretariat; IN, OUT, NONE)")
    @Extension(name = "x-problems", value = "403 404 409 422")
    public NominationView pin(@PathParam("callId") long callId, @PathParam("id") long id, PinInput input) {
        return review.pin(caller, callId, id, input);
    }

    @POST
    @Path("{id}/swap")
    @Operation(
            operationId = "swapFellowshipNomination",
            summary = "Swap this nominee out of the proposed cohort for another one, checked against the hard rules, "
                    + "and re-run (secretariat)")
    @Extension(name = "x-problems", value = "403 404 409 422")
    public SelectionView swap(@PathParam("callId") long callId, @PathParam("id") long id, SwapInput input) {
        return review.swap(caller, callId, id, input);
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(
            operationId = "withdrawFellowshipNomination",
            summary = "Withdraw a nominee of a confirmed cohort (its State or the secretariat); a freed seat goes to "
                    + "the first eligible person on the waiting list")
    @Extension(name = "x-problems", value = "403 404 409")
    public NominationView withdraw(@PathParam("callId") long callId, @PathParam("id") long id, VersionInput input) {
        return review.withdraw(caller, callId, id, input);
    }
}
