package org.clearinghouse.requests.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.platform.rest.PageParameters;
import org.clearinghouse.platform.rest.PageView;
import org.clearinghouse.requests.application.PublicRequestService;
import org.clearinghouse.requests.application.PublicRequestSummary;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public summaries of requests, without sign-in: consented and validated requests only, no restricted field. */
@Tag(name = "Requests")
@SecurityRequirementsSet
@Path("public/requests")
@Produces(MediaType.APPLICATION_JSON)
public class PublicRequestsResource {

    @Inject
    PublicRequestService service;

    @GET
    @Operation(
            operationId = "listPublicRequests",
            summary = "Public summaries (title, area, type, region, amount band) of the requests whose State consented")
    public PageView<PublicRequestSummary> list(@BeanParam PageParameters paging) {
        return PageView.of(service.list(paging.toPageRequest(Set.of(), Map.of(), new FieldErrors())));
    }
}
