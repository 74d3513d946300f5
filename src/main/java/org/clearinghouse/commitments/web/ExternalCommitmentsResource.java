package org.clearinghouse.commitments.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.clearinghouse.commitments.application.ClaimDecisionInput;
import org.clearinghouse.commitments.application.ClaimEventView;
import org.clearinghouse.commitments.application.ExternalCommitmentInput;
import org.clearinghouse.commitments.application.ExternalCommitmentService;
import org.clearinghouse.commitments.application.ExternalCommitmentView;
import org.clearinghouse.commitments.application.FundingClaimService;
import org.clearinghouse.platform.rest.Created;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Funding through other mechanisms: record, list (filter by State), delete; a donor's record is a claim that the
 * State or the secretariat confirms or disputes; each record's history.
 */
@Tag(name = "Commitments")
@Path("external-commitments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExternalCommitmentsResource {

    @Inject
    ExternalCommitmentService service;

    @Inject
    FundingClaimService claims;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listExternalCommitments",
            summary = "Funding through other mechanisms, newest first; recipients see their own State's, donors what is"
                    + " confirmed and their own claims")
    public List<ExternalCommitmentView> list(@QueryParam("state") String state) {
        return service.list(caller, state);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getExternalCommitment",
            summary = "One record of funding through another mechanism (404 to whoever may not know of it)")
    @Extension(name = "x-problems", value = "404")
    public ExternalCommitmentView get(@PathParam("id") long id) {
        return service.get(caller, id);
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "deleteExternalCommitment",
            summary = "Delete a record made in error (secretariat; a donor its own claims not yet confirmed); ?version="
                    + " guards a stale copy")
    @Extension(name = "x-problems", value = "403 404 409")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        service.delete(caller, id, version);
        return Response.noContent().build();
    }

    @POST
    @Operation(
            operationId = "recordExternalCommitment",
            summary = "Record funding through another mechanism (secretariat: counts at once; a donor for itself: a"
                    + " claim until the State or the secretariat confirms it). Confirmed and linked to a request, it"
                    + " reduces the request's open need in matching; never more than the request still needs")
    @Extension(name = "x-problems", value = "403 422")
    public Response record(ExternalCommitmentInput input, @Context UriInfo uri) {
        ExternalCommitmentView created = service.record(
                caller,
                input == null
                        ? new ExternalCommitmentInput(null, null, null, null, null, null, null, null, null, null)
                        : input);
        return Created.at(uri, created.id(), created);
    }

    @POST
    @Path("{id}/confirm")
    @Operation(
            operationId = "confirmExternalCommitment",
            summary = "Confirm a donor's claim (the State concerned or the secretariat): from now on it counts")
    @Extension(name = "x-problems", value = "403 404 409")
    public ExternalCommitmentView confirm(@PathParam("id") long id, ClaimDecisionInput input) {
        return claims.confirm(caller, id, input);
    }

    @POST
    @Path("{id}/dispute")
    @Operation(
            operationId = "disputeExternalCommitment",
            summary = "Dispute a donor's claim with a reason (the State concerned or the secretariat): it counts for"
                    + " nothing")
    @Extension(name = "x-problems", value = "403 404 409 422")
    public ExternalCommitmentView dispute(@PathParam("id") long id, ClaimDecisionInput input) {
        return claims.dispute(caller, id, input);
    }

    @GET
    @Path("{id}/history")
    @Operation(
            operationId = "externalCommitmentHistory",
            summary = "Who recorded, claimed, confirmed or disputed the record, and when (oldest first)")
    @Extension(name = "x-problems", value = "404")
    public List<ClaimEventView> history(@PathParam("id") long id) {
        return claims.history(caller, id);
    }
}
