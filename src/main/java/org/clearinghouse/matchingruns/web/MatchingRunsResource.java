package org.clearinghouse.matchingruns.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.matchingruns.application.CoverageView;
import org.clearinghouse.matchingruns.application.MatchingRunService;
import org.clearinghouse.matchingruns.application.RunCoverageReader;
import org.clearinghouse.matchingruns.application.RunView;
import org.clearinghouse.matchingruns.application.UnfundedView;
import org.clearinghouse.platform.rest.PageParameters;
import org.clearinghouse.platform.rest.PageView;
import org.clearinghouse.proposals.application.ProposalReviewService;
import org.clearinghouse.proposals.application.ProposalView;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Matching runs for the secretariat: start (one at a time), watch, stop; their proposals and unfunded requests. */
@Tag(name = "Matching")
@Path("matching/runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MatchingRunsResource {

    /** The optional body of a new run. */
    public record StartRun(Integer timeLimitSeconds) {}

    @Inject
    MatchingRunService runs;

    @Inject
    ProposalReviewService review;

    @Inject
    RunCoverageReader coverage;

    @Inject
    Caller caller;

    @POST
    @Operation(
            operationId = "startMatchingRun",
            summary = "Start a run in the background (202); accepted proposals are kept, the rest is re-solved")
    @Extension(name = "x-problems", value = "403 409 422")
    public Response start(StartRun body, @Context UriInfo uri) {
        RunView run = runs.start(caller, body == null ? null : body.timeLimitSeconds());
        return Response.accepted(run)
                .location(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(run.id()))
                        .build())
                .build();
    }

    @GET
    @Operation(operationId = "listMatchingRuns", summary = "Matching runs, newest first")
    @Extension(name = "x-problems", value = "403")
    public PageView<RunView> list(@BeanParam PageParameters paging) {
        return PageView.of(runs.list(caller, paging.toPageRequest(Set.of(), Map.of(), new FieldErrors())));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMatchingRun", summary = "Status, elapsed time, best score so far and counts")
    @Extension(name = "x-problems", value = "403")
    public RunView get(@PathParam("id") long id) {
        return runs.get(caller, id);
    }

    @POST
    @Path("{id}/stop")
    @Operation(
            operationId = "stopMatchingRun",
            summary = "Stop early: the run stores its best proposal so far as STOPPED")
    @Extension(name = "x-problems", value = "403 409")
    public RunView stop(@PathParam("id") long id) {
        return runs.stop(caller, id);
    }

    @GET
    @Path("{id}/proposals")
    @Operation(operationId = "listRunProposals", summary = "The proposals of the run; filter by state")
    @Extension(name = "x-problems", value = "403 422")
    public PageView<ProposalView> proposals(
            @PathParam("id") long id, @QueryParam("state") String state, @BeanParam PageParameters paging) {
        FieldErrors errors = new FieldErrors();
        ProposalState wanted = state == null ? null : errors.code("state", state, ProposalState.class);
        return PageView.of(runs.proposals(caller, id, wanted, paging.toPageRequest(Set.of(), Map.of(), errors)));
    }

    @GET
    @Path("{id}/unfunded")
    @Operation(
            operationId = "listRunUnfunded",
            summary = "The requests the run left (partly) unfunded, highest priority first, each with the reason")
    @Extension(name = "x-problems", value = "403")
    public PageView<UnfundedView> unfunded(@PathParam("id") long id, @BeanParam PageParameters paging) {
        return PageView.of(runs.unfunded(caller, id, paging.toPageRequest(Set.of(), Map.of(), new FieldErrors())));
    }

    @GET
    @Path("{id}/coverage")
    @Operation(
            operationId = "getRunCoverage",
            summary = "Funded share by priority, area and region, and the priority inversions the run left")
    @Extension(name = "x-problems", value = "403")
    public CoverageView coverage(@PathParam("id") long id) {
        return coverage.coverage(caller, id);
    }

    @POST
    @Path("{id}/proposals/accept-all")
    @Operation(
            operationId = "acceptAllRunProposals",
            summary = "Endorse every proposal of the run still PROPOSED (the former accept-all)")
    @Extension(name = "x-problems", value = "403")
    public Map<String, Integer> acceptAll(@PathParam("id") long id) {
        return Map.of("accepted", review.acceptAll(caller, id));
    }
}
