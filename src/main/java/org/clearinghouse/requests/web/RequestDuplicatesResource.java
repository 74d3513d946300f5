package org.clearinghouse.requests.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.requests.application.DuplicateCandidate;
import org.clearinghouse.requests.application.DuplicateDecisionView;
import org.clearinghouse.requests.application.DuplicateService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Likely duplicates of a request, and the secretariat's decision on a pair. */
@Tag(name = "Requests")
@Path("requests/{id}/duplicates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestDuplicatesResource {

    /** The body of a decision. */
    public record DecisionInput(String decision) {}

    @Inject
    DuplicateService service;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listRequestDuplicates",
            summary = "Likely duplicates (same State and area, overlapping period, similar text), most similar first")
    @Extension(name = "x-problems", value = "403")
    public List<DuplicateCandidate> list(@PathParam("id") long id) {
        return service.duplicatesOf(caller, id);
    }

    @POST
    @Path("{otherId}")
    @Operation(
            operationId = "decideRequestDuplicate",
            summary = "Secretariat: DISTINCT (never flagged again) or MERGE ({otherId} is withdrawn in favour of {id})")
    @Extension(name = "x-problems", value = "403 409 422")
    public DuplicateDecisionView decide(
            @PathParam("id") long id, @PathParam("otherId") long otherId, DecisionInput input) {
        return service.decide(caller, id, otherId, input == null ? null : input.decision());
    }
}
