package org.clearinghouse.alumni.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clearinghouse.alumni.application.OfficialsTrained;
import org.clearinghouse.alumni.application.OfficialsTrainedService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officials trained for everyone (no sign-in): counts only, small counts combined. */
@Tag(name = "Fellowship")
@SecurityRequirementsSet
@Path("public/fellowship/officials-trained")
@Produces(MediaType.APPLICATION_JSON)
public class PublicOfficialsTrainedResource {

    @Inject
    OfficialsTrainedService trained;

    @GET
    @Operation(
            operationId = "getPublicOfficialsTrained",
            summary = "Officials who completed a course per State, area and gender; small counts combined (public)")
    public OfficialsTrained counts() {
        return trained.published();
    }
}
