package org.clearinghouse.fellowship.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.fellowship.application.CohortReviewService;
import org.clearinghouse.fellowship.application.NominationView;
import org.clearinghouse.fellowship.application.PinInput;
import org.clearinghouse.fellowship.application.SelectionView;
import org.clearinghouse.fellowship.application.SwapInput;
import org.clearinghouse.fellowship.application.VersionInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The secretariat's review of a proposed cohort (pin, swap; re-run is POST .../selection) and a nominee's withdrawal
 * from a confirmed one, which hands a freed seat to the waiting list.
 */
@Tag(name = "Fellowship")
@Path("fellowship/calls/{callId}/nominations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortReviewResource {

    @Inject
    CohortReviewService review;

    @Inject
    Caller caller;

    @POST
    @Path("pin")
    @Operation(
            operationId = "pinFellowshipNomination",
            summary = "Pin a nomination in or out of the proposed cohort, or lift the pin (secretariat; IN, OUT, NONE)")
    @Extension(name = "x-problems", value = "403 404 409 422")
    public NominationView pin(@PathParam("callId") long callId, @PathParam("id") long id, PinInput input) {
        return review.pin(caller, callId, id, input);
    }

    @POST
    @Path("swap")
    @Operation(
            operationId = "swapFellowshipNomination",
            summary = "Swap this nominee out of the proposed cohort for another one, checked against the hard rules, "
                    + "and re-run (secretariat)")
    @Extension(name = "x-problems", value = "403 404 409 422")
    public SelectionView swap(@PathParam("callId") long callId, @PathParam("id") long id, SwapInput input) {
        return review.swap(caller, callId, id, input);
    }

    @POST
    @Path("withdrawal")
    @Operation(
            operationId = "withdrawFellowshipNomination",
            summary = "Withdraw a nominee of a confirmed cohort (its State or the secretariat); a freed seat goes to "
                    + "the first eligible person on the waiting list")
    @Extension(name = "x-problems", value = "403 404 409")
    public NominationView withdraw(@PathParam("callId") long callId, @PathParam("id") long id, VersionInput input) {
        return review.withdraw(caller, callId, id, input);
    }
}
