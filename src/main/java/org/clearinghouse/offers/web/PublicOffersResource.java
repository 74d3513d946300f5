package org.clearinghouse.offers.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;
import org.clearinghouse.offers.application.PublicOfferService;
import org.clearinghouse.offers.application.PublicOfferSummary;
import org.clearinghouse.platform.rest.PageParameters;
import org.clearinghouse.platform.rest.PageView;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public list of offers, without sign-in: open offers their donor made PUBLIC, without restricted fields. */
@Tag(name = "Offers")
@SecurityRequirementsSet
@Path("public/offers")
@Produces(MediaType.APPLICATION_JSON)
public class PublicOffersResource {

    @Inject
    PublicOfferService service;

    @GET
    @Operation(
            operationId = "listPublicOffers",
            summary = "Open PUBLIC offers: title, description, donor, areas, types, regions, capacity band, period")
    public PageView<PublicOfferSummary> list(@BeanParam PageParameters paging) {
        return PageView.of(service.list(paging.toPageRequest(Set.of(), Map.of(), new FieldErrors())));
    }
}
