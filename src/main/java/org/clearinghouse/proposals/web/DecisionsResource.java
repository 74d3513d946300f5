package org.clearinghouse.proposals.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.rest.PageParameters;
import org.clearinghouse.platform.rest.PageView;
import org.clearinghouse.proposals.application.DecisionHistoryService;
import org.clearinghouse.proposals.application.DecisionView;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The history of decisions the caller may read, across proposals (read-only: nothing edits or deletes it). */
@Tag(name = "Proposals")
@Path("decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionsResource {

    @Inject
    DecisionHistoryService history;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listDecisions",
            summary = "Decisions newest first: all for the secretariat, a State's or a donor's own otherwise")
    @Extension(name = "x-problems", value = "403")
    public PageView<DecisionView> list(@BeanParam PageParameters paging) {
        return PageView.of(history.visible(caller, paging.toPageRequest(Set.of(), Map.of(), new FieldErrors())));
    }
}
