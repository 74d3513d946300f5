package org.clearinghouse.proposals.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.proposals.application.CommitmentProgressService;
import org.clearinghouse.proposals.application.CommitmentView;
import org.clearinghouse.proposals.application.ProgressInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A commitment's implementation and results. */
@Tag(name = "Commitments")
@Path("commitments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitmentsResource {

    @Inject
    CommitmentProgressService progress;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getCommitment",
            summary = "The commitment, its status and progress: for its recipient State, its donor and the secretariat")
    @Extension(name = "x-problems", value = "403")
    public CommitmentView get(@PathParam("id") long id) {
        return progress.get(caller, id);
    }

    @PUT
    @Path("{id}/progress")
    @Operation(
            operationId = "reportCommitmentProgress",
            summary = "Report disbursement, progress, outputs and results (recipient State or donor; version"
                    + " required); starts implementation, or completes it with completed: true")
    @Extension(name = "x-problems", value = "403 409 422")
    public CommitmentView report(@PathParam("id") long id, ProgressInput input) {
        return progress.report(caller, id, input);
    }
}
