package org.clearinghouse.requests.web;

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
import java.util.List;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.platform.rest.Created;
import org.clearinghouse.platform.rest.PageParameters;
import org.clearinghouse.platform.rest.PageView;
import org.clearinghouse.platform.rest.StatusChange;
import org.clearinghouse.requests.application.DuplicateService;
import org.clearinghouse.requests.application.RequestInput;
import org.clearinghouse.requests.application.RequestService;
import org.clearinghouse.requests.application.RequestView;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assistance requests: list with filters, paging and sorting; create, read, edit; status changes. */
@Tag(name = "Requests")
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    private static final Map<String, String> SORT_NAMES = Map.of("start", "startMonth", "end", "endMonth");

    @Inject
    RequestService service;

    @Inject
    DuplicateService duplicates;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listRequests",
            summary = "Requests the caller may see; filter by area, type, state, region, status (repeatable), priority")
    @Extension(name = "x-problems", value = "422")
    public PageView<RequestView> list(
            @QueryParam("area") String area,
            @QueryParam("type") String type,
            @QueryParam("state") String state,
            @QueryParam("region") String region,
            @QueryParam("status") List<String> status,
            @QueryParam("priority") Integer priority,
            @BeanParam PageParameters paging) {
        FieldErrors errors = new FieldErrors();
        AssistanceRequestFilter filter = new AssistanceRequestFilter(
                area == null ? null : errors.code("area", area, CommitmentArea.class),
                type == null ? null : errors.code("type", type, AssistanceType.class),
                state,
                region == null ? null : errors.code("region", region, Region.class),
                errors.codes("status", status, RequestStatus.class, false),
                priority);
        if (priority != null && (priority < 1 || priority > 5)) {
            errors.add("priority", "must be between 1 and 5.");
        }
        var page = paging.toPageRequest(service.sortFields(), SORT_NAMES, errors);
        return PageView.of(service.list(caller, filter, page));
    }

    @POST
    @Operation(
            operationId = "createRequest",
            summary = "Create a draft request (recipients for their own State, the secretariat for any)")
    @Extension(name = "x-problems", value = "403 422")
    public Response create(RequestInput input, @Context UriInfo uri) {
        RequestView created = service.create(caller, input == null ? emptyInput() : input);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getRequest",
            summary = "A request: recipients see their State's, donors validated ones, the secretariat all")
    @Extension(name = "x-problems", value = "403")
    public RequestView get(@PathParam("id") long id) {
        return service.get(caller, id);
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "updateRequest",
            summary = "Edit a request; send the version you read (a stale version answers 409)")
    @Extension(name = "x-problems", value = "403 409 422")
    public RequestView update(@PathParam("id") long id, RequestInput input) {
        return service.update(caller, id, input == null ? emptyInput() : input);
    }

    @POST
    @Path("{id}/submit")
    @Operation(
            operationId = "submitRequest",
            summary = "Submit a draft; the answer names the likely duplicates found (header Likely-Duplicates, and a"
                    + " Link with rel=\"duplicates\" when there are any)")
    @Extension(name = "x-problems", value = "403 409")
    public Response submit(@PathParam("id") long id, StatusChange change, @Context UriInfo uri) {
        RequestView submitted = service.submit(caller, id, StatusChange.versionOf(change));
        int likely = duplicates.duplicatesOf(caller, id).size();
        Response.ResponseBuilder response = Response.ok(submitted).header("Likely-Duplicates", likely);
        if (likely > 0) {
            response.link(
                    uri.getBaseUriBuilder()
                            .path("requests")
                            .path(String.valueOf(id))
                            .path("duplicates")
                            .build(),
                    "duplicates");
        }
        return response.build();
    }

    @POST
    @Path("{id}/validate")
    @Operation(
            operationId = "validateRequest",
            summary = "Validate a submitted request (secretariat); send the version you read")
    @Extension(name = "x-problems", value = "403 409")
    public RequestView validate(@PathParam("id") long id, StatusChange change) {
        return service.validate(caller, id, StatusChange.versionOf(change));
    }

    @POST
    @Path("{id}/return")
    @Operation(
            operationId = "returnRequest",
            summary = "Return a submitted request to its State for changes, with a comment (secretariat)")
    @Extension(name = "x-problems", value = "403 409 422")
    public RequestView returnForChanges(@PathParam("id") long id, StatusChange change) {
        return service.returnForChanges(
                caller, id, StatusChange.versionOf(change), change == null ? null : change.comment());
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(
            operationId = "withdrawRequest",
            summary = "Withdraw a request not funded yet (its State or the secretariat); send the version you read")
    @Extension(name = "x-problems", value = "403 409")
    public RequestView withdraw(@PathParam("id") long id, StatusChange change) {
        return service.withdraw(caller, id, StatusChange.versionOf(change));
    }

    private static RequestInput emptyInput() {
        return new RequestInput(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
