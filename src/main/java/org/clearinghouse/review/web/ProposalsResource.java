package org.clearinghouse.review.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.review.application.ProposalReviewService;
import org.clearinghouse.review.application.ProposalView;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One proposal, and the secretariat's decision on it. */
@Path("proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    /** {@code {"action": "ACCEPT" | "REJECT", "reason": "...", "version": n}}. */
    public record Decision(String action, String reason, Long version) {
    }

    @Inject
    ProposalReviewService review;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    public ProposalView get(@PathParam("id") long id) {
        return review.get(caller, id);
    }

    @POST
    @Path("{id}/decisions")
    @Operation(summary = "Accept, or reject with a reason (the pair is then never proposed again)")
    public ProposalView decide(@PathParam("id") long id, Decision decision) {
        Decision body = decision == null ? new Decision(null, null, null) : decision;
        return review.decide(caller, id, body.action(), body.reason(), body.version());
    }
}
