package org.clearinghouse.alumni.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.alumni.application.OfficialsTrained;
import org.clearinghouse.alumni.application.OfficialsTrainedService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Officials trained per State, area and gender, every cell: the secretariat. */
@Tag(name = "Fellowship")
@Path("fellowship/officials-trained")
@Produces(MediaType.APPLICATION_JSON)
public class OfficialsTrainedResource {

    @Inject
    OfficialsTrainedService trained;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "getOfficialsTrained",
            summary = "Officials who completed a course, per State, area and gender, every cell (secretariat)")
    @Extension(name = "x-problems", value = "403")
    public OfficialsTrained counts() {
        return trained.forSecretariat(caller);
    }
}
