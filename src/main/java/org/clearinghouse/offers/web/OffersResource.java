package org.clearinghouse.offers.web;

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
import org.clearinghouse.offers.application.OfferInput;
import org.clearinghouse.offers.application.OfferService;
import org.clearinghouse.offers.application.OfferView;
import org.clearinghouse.offers.domain.AssistanceOfferFilter;
import org.clearinghouse.offers.domain.OfferStatus;
import org.clearinghouse.platform.rest.Created;
import org.clearinghouse.platform.rest.PageParameters;
import org.clearinghouse.platform.rest.PageView;
import org.clearinghouse.platform.rest.StatusChange;
import org.clearinghouse.shared.errors.FieldErrors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Offers: list with filters, paging and sorting; create, read, edit; open and withdraw. */
@Tag(name = "Offers")
@Path("offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OffersResource {

    private static final Map<String, String> SORT_NAMES = Map.of("start", "startMonth", "end", "endMonth");

    @Inject
    OfferService service;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "listOffers",
            summary = "Offers the caller may see; filter by area, type, donor, region, status (repeatable)")
    @Extension(name = "x-problems", value = "422")
    public PageView<OfferView> list(
            @QueryParam("area") String area,
            @QueryParam("type") String type,
            @QueryParam("donor") String donor,
            @QueryParam("region") String region,
            @QueryParam("status") List<String> status,
            @BeanParam PageParameters paging) {
        FieldErrors errors = new FieldErrors();
        AssistanceOfferFilter filter = new AssistanceOfferFilter(
                area == null ? null : errors.code("area", area, CommitmentArea.class),
                type == null ? null : errors.code("type", type, AssistanceType.class),
                donor,
                region == null ? null : errors.code("region", region, Region.class),
                errors.codes("status", status, OfferStatus.class, false));
        var page = paging.toPageRequest(service.sortFields(), SORT_NAMES, errors);
        return PageView.of(service.list(caller, filter, page));
    }

    @POST
    @Operation(
            operationId = "createOffer",
            summary = "Create a draft offer (donors for themselves, the secretariat for any donor)")
    @Extension(name = "x-problems", value = "403 422")
    public Response create(OfferInput input, @Context UriInfo uri) {
        OfferView created = service.create(caller, input == null ? emptyInput() : input);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getOffer",
            summary = "An offer the caller may see: open ones, and a donor's own in any status (the secretariat: all)")
    @Extension(name = "x-problems", value = "403")
    public OfferView get(@PathParam("id") long id) {
        return service.get(caller, id);
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "updateOffer",
            summary = "Edit an offer; send the version you read (a stale version answers 409)")
    @Extension(name = "x-problems", value = "403 409 422")
    public OfferView update(@PathParam("id") long id, OfferInput input) {
        return service.update(caller, id, input == null ? emptyInput() : input);
    }

    @POST
    @Path("{id}/open")
    @Operation(operationId = "openOffer", summary = "Open a draft offer to matching; send the version you read")
    @Extension(name = "x-problems", value = "403 409")
    public OfferView open(@PathParam("id") long id, StatusChange change) {
        return service.open(caller, id, StatusChange.versionOf(change));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(
            operationId = "withdrawOffer",
            summary = "Withdraw (close) a draft or open offer; send the version you read")
    @Extension(name = "x-problems", value = "403 409")
    public OfferView withdraw(@PathParam("id") long id, StatusChange change) {
        return service.withdraw(caller, id, StatusChange.versionOf(change));
    }

    private static OfferInput emptyInput() {
        return new OfferInput(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
