package org.clearinghouse.dialogue.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.dialogue.application.DialogueService;
import org.clearinghouse.dialogue.application.MessageInput;
import org.clearinghouse.dialogue.application.MessageView;
import org.clearinghouse.dialogue.domain.ThreadKind;
import org.clearinghouse.platform.rest.Created;
import org.clearinghouse.platform.rest.PageParameters;
import org.clearinghouse.platform.rest.PageView;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The thread of a proposal, shared by its recipient State, its donor and the secretariat and kept with the
 * proposal's history. A proposal that does not concern the caller answers 404.
 */
@Tag(name = "Dialogue")
@Path("proposals/{id}/messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalMessagesResource {

    @Inject
    DialogueService service;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listProposalMessages",
            summary = "The proposal's thread (its recipient State, donor and secretariat), newest first")
    @Extension(name = "x-problems", value = "403")
    public PageView<MessageView> list(@PathParam("id") long id, @BeanParam PageParameters paging) {
        FieldErrors errors = new FieldErrors();
        var page = paging.toPageRequest(Set.of(), Map.of(), errors);
        return PageView.of(service.proposalThread(caller, id, page));
    }

    @POST
    @Operation(
            operationId = "postProposalMessage",
            summary = "Write on the proposal's thread, body {text}; its other two parties are notified")
    @Extension(name = "x-problems", value = "403 422")
    public Response post(@PathParam("id") long id, MessageInput input, @Context UriInfo uri) {
        MessageView created = service.postOnProposal(caller, id, input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{messageId}")
    @Operation(
            operationId = "editProposalMessage",
            summary = "Correct the text of one's own message within 15 minutes of writing it (later: 409)")
    @Extension(name = "x-problems", value = "403 409 422")
    public MessageView edit(@PathParam("id") long id, @PathParam("messageId") long messageId, MessageInput input) {
        return service.edit(caller, ThreadKind.PROPOSAL, id, messageId, input);
    }
}
