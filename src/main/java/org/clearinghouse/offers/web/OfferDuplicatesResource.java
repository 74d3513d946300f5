package org.clearinghouse.offers.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.offers.application.OfferDuplicateCandidate;
import org.clearinghouse.offers.application.OfferDuplicateService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open offers of the same donor that likely duplicate an offer. */
@Tag(name = "Offers")
@Path("offers/{id}/duplicates")
@Produces(MediaType.APPLICATION_JSON)
public class OfferDuplicatesResource {

    @Inject
    OfferDuplicateService service;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listOfferDuplicates",
            summary = "Open offers of the same donor with a common area, overlapping period and similar text")
    @Extension(name = "x-problems", value = "403")
    public List<OfferDuplicateCandidate> list(@PathParam("id") long id) {
        return service.duplicatesOf(caller, id);
    }
}
