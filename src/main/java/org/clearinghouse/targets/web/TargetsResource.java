package org.clearinghouse.targets.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.clearinghouse.platform.rest.Created;
import org.clearinghouse.targets.application.TargetInput;
import org.clearinghouse.targets.application.TargetReport;
import org.clearinghouse.targets.application.TargetReports;
import org.clearinghouse.targets.application.TargetService;
import org.clearinghouse.targets.application.TargetView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The registry of voluntary targets, and what serves each. */
@Tag(name = "Targets")
@Path("targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetsResource {

    @Inject
    TargetService targets;

    @Inject
    TargetReports reports;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listTargets", summary = "Targets, by State or region (a region's include its States')")
    @Extension(name = "x-problems", value = "422")
    public List<TargetView> list(@QueryParam("state") String state, @QueryParam("region") String region) {
        return targets.list(caller, state, region);
    }

    @GET
    @Path("indicators")
    @SecurityRequirementsSet
    @Operation(
            operationId = "listTargetIndicators",
            summary = "Indicators offered (SDG 16.4.2 first); any other text is accepted")
    public List<String> indicators() {
        return TargetService.INDICATORS;
    }

    @POST
    @Operation(
            operationId = "createTarget",
            summary = "Record a target: a recipient for its State, the secretariat for a region (or a State)")
    @Extension(name = "x-problems", value = "403 422")
    public Response create(TargetInput input, @Context UriInfo uri) {
        TargetView created = targets.create(caller, input == null ? empty() : input);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getTarget",
            summary = "The target with the requests, commitments and results that serve it")
    public TargetReport get(@PathParam("id") long id) {
        return reports.report(caller, id);
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "updateTarget",
            summary = "Edit a target (a recipient its own State's, the secretariat any); send the version you read")
    @Extension(name = "x-problems", value = "403 409 422")
    public TargetView update(@PathParam("id") long id, TargetInput input) {
        return targets.update(caller, id, input == null ? empty() : input);
    }

    private static TargetInput empty() {
        return new TargetInput(null, null, null, null, null, null, null, null, null);
    }
}
