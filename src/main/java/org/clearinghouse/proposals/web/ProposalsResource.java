package org.clearinghouse.proposals.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.rest.PageParameters;
import org.clearinghouse.platform.rest.PageView;
import org.clearinghouse.proposals.application.DecisionHistoryService;
import org.clearinghouse.proposals.application.DecisionView;
import org.clearinghouse.proposals.application.ProposalReviewService;
import org.clearinghouse.proposals.application.ProposalView;
import org.clearinghouse.proposals.domain.ProposalState;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Proposals along their lifecycle: read, decide, and the history of decisions. */
@Tag(name = "Proposals")
@Path("proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    /** {@code {"action": "ENDORSE" | "REJECT" | "ACCEPT" | "DECLINE" | "START" | "COMPLETE" | "CANCEL", "reason", "version"}}. */
    public record Decision(String action, String reason, Long version) {}

    @Inject
    ProposalReviewService review;

    @Inject
    DecisionHistoryService history;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listProposals",
            summary = "The proposals that concern the caller (the secretariat: all but superseded), newest first")
    @Extension(name = "x-problems", value = "403 422")
    public PageView<ProposalView> list(@QueryParam("state") String state, @BeanParam PageParameters paging) {
        FieldErrors errors = new FieldErrors();
        ProposalState wanted = state == null ? null : errors.code("state", state, ProposalState.class);
        return PageView.of(review.list(caller, wanted, paging.toPageRequest(Set.of(), Map.of(), errors)));
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getProposal",
            summary = "A proposal that concerns the caller, with the actions the caller may take now")
    @Extension(name = "x-problems", value = "403")
    public ProposalView get(@PathParam("id") long id) {
        return review.get(caller, id);
    }

    @POST
    @Path("{id}/decisions")
    @Operation(
            operationId = "decideOnProposal",
            summary =
                    "Decide: the secretariat ENDORSEs or REJECTs, the recipient State and the donor ACCEPT or"
                            + " DECLINE (the second acceptance commits), then START, COMPLETE or CANCEL; 409 when not allowed now")
    @Extension(name = "x-problems", value = "403 409 422")
    public ProposalView decide(@PathParam("id") long id, Decision decision) {
        Decision body = decision == null ? new Decision(null, null, null) : decision;
        return review.decide(caller, id, body.action(), body.reason(), body.version());
    }

    @GET
    @Path("{id}/history")
    @Operation(
            operationId = "getProposalHistory",
            summary = "Every decision on the proposal, oldest first (append-only)")
    @Extension(name = "x-problems", value = "403")
    public List<DecisionView> history(@PathParam("id") long id) {
        return history.ofProposal(caller, id);
    }
}
