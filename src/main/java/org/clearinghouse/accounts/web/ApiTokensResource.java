package org.clearinghouse.accounts.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.clearinghouse.accounts.application.ApiTokenInput;
import org.clearinghouse.accounts.application.ApiTokenService;
import org.clearinghouse.accounts.application.ApiTokenView;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.application.CreatedApiToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own personal API tokens: the way for programs to call the API ({@code Authorization: Bearer ...})
 * without sending, and paying for, the password on every call.
 */
@Tag(name = "Accounts")
@Path("me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

    @Inject
    ApiTokenService service;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listMyApiTokens",
            summary = "Your personal API tokens, revoked ones included (never the tokens themselves)")
    public List<ApiTokenView> list() {
        return service.list(caller);
    }

    @POST
    @Operation(
            operationId = "createMyApiToken",
            summary = "Make a personal API token; the answer is the only time the token is shown")
    @Extension(name = "x-problems", value = "422")
    public Response create(ApiTokenInput input) {
        CreatedApiToken created = service.create(caller, input);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "revokeMyApiToken",
            summary = "Revoke one of your personal API tokens; it stops working at once")
    public ApiTokenView revoke(@PathParam("id") long id) {
        return service.revoke(caller, id);
    }
}
