package org.clearinghouse.requests.web;

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
import org.clearinghouse.requests.application.DuplicatePair;
import org.clearinghouse.requests.application.DuplicateService;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every undecided pair of likely duplicate requests, for the secretariat's duplicates page and the API. */
@Tag(name = "Requests")
@Path("duplicates")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicatePairsResource {

    private static final Set<String> SORT_FIELDS = Set.of("score", "state", "area", "requestId");

    @Inject
    DuplicateService service;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listDuplicatePairs",
            summary = "Undecided pairs of likely duplicate requests, most similar first (secretariat)")
    @Extension(name = "x-problems", value = "403")
    public PageView<DuplicatePair> list(@BeanParam PageParameters paging) {
        return PageView.of(service.pairs(caller, paging.toPageRequest(SORT_FIELDS, Map.of(), new FieldErrors())));
    }
}
