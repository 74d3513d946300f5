package org.clearinghouse.reporting.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.reporting.application.Complementarities;
import org.clearinghouse.reporting.application.ComplementarityService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A State's requests against every commitment to it, by area and year (secretariat). */
@Tag(name = "Reporting")
@Path("states/{code}/complementarities")
@Produces(MediaType.APPLICATION_JSON)
public class ComplementaritiesResource {

    @Inject
    ComplementarityService service;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "getComplementarities",
            summary =
                    "Requested vs. committed here vs. funded elsewhere, by area and year, with the items (secretariat)")
    @Extension(name = "x-problems", value = "403")
    public Complementarities get(@PathParam("code") String code) {
        return service.of(caller, code);
    }
}
