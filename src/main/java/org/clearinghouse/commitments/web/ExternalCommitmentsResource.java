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
import org.clearinghouse.commitments.application.ExternalCommitmentInput;
import org.clearinghouse.commitments.application.ExternalCommitmentService;
import org.clearinghouse.commitments.application.ExternalCommitmentView;
import org.clearinghouse.platform.rest.Created;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Funding through other mechanisms: record and list (filter by State). */
@Tag(name = "Commitments")
@Path("external-commitments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExternalCommitmentsResource {

    @Inject
    ExternalCommitmentService service;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listExternalCommitments",
            summary = "Funding through other mechanisms, newest first; recipients see their own State's")
    public List<ExternalCommitmentView> list(@QueryParam("state") String state) {
        return service.list(caller, state);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getExternalCommitment",
            summary = "One record of funding through another mechanism (recipients: their own State's)")
    @Extension(name = "x-problems", value = "403")
    public ExternalCommitmentView get(@PathParam("id") long id) {
        return service.get(caller, id);
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "deleteExternalCommitment",
            summary = "Delete a record made in error (secretariat; a donor its own); ?version= guards a stale copy")
    @Extension(name = "x-problems", value = "403 409")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        service.delete(caller, id, version);
        return Response.noContent().build();
    }

    @POST
    @Operation(
            operationId = "recordExternalCommitment",
            summary = "Record funding through another mechanism (secretariat; a donor for itself). Linked to a"
                    + " request, it reduces the request's open need in matching")
    @Extension(name = "x-problems", value = "403 422")
    public Response record(ExternalCommitmentInput input, @Context UriInfo uri) {
        ExternalCommitmentView created = service.record(
                caller,
                input == null
                        ? new ExternalCommitmentInput(null, null, null, null, null, null, null, null, null, null)
                        : input);
        return Created.at(uri, created.id(), created);
    }
}
