package org.clearinghouse.accounts.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.util.Map;
import org.clearinghouse.accounts.application.AccountInput;
import org.clearinghouse.accounts.application.AccountService;
import org.clearinghouse.accounts.application.AccountView;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.accounts.domain.UserAccountFilter;
import org.clearinghouse.platform.rest.Created;
import org.clearinghouse.platform.rest.PageParameters;
import org.clearinghouse.platform.rest.PageView;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts, managed by the admin: list (filter by role, bound State or organisation, enabled), create, edit. */
@Tag(name = "Accounts")
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    AccountService service;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listAccounts",
            summary = "Accounts; filter by role, boundTo (a State or organisation) and enabled (administrators)")
    @Extension(name = "x-problems", value = "403 422")
    public PageView<AccountView> list(
            @QueryParam("role") String role,
            @QueryParam("boundTo") String boundTo,
            @QueryParam("enabled") Boolean enabled,
            @BeanParam PageParameters paging) {
        caller.requireAnyRole(Role.ADMIN);
        FieldErrors errors = new FieldErrors();
        UserAccountFilter filter =
                new UserAccountFilter(role == null ? null : errors.code("role", role, Role.class), boundTo, enabled);
        return PageView.of(service.list(caller, filter, paging.toPageRequest(service.sortFields(), Map.of(), errors)));
    }

    @POST
    @Operation(
            operationId = "createAccount",
            summary = "Create an account; its password (10 characters or more) is kept as a salted hash only")
    @Extension(name = "x-problems", value = "403 422")
    public Response create(AccountInput input, @Context UriInfo uri) {
        AccountView created = service.create(caller, input == null ? empty() : input);
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "updateAccount",
            summary = "Edit an account (role, binding, enabled, password); send the version you read")
    @Extension(name = "x-problems", value = "403 409 422")
    public AccountView update(@PathParam("id") long id, AccountInput input) {
        return service.update(caller, id, input == null ? empty() : input);
    }

    private static AccountInput empty() {
        return new AccountInput(null, null, null, null, null, null, null, null, null);
    }
}
