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

/** A State's requests against every commitment to it, by area and year (secretariat). */
@Path("states/{code}/complementarities")
@Produces(MediaType.APPLICATION_JSON)
public class ComplementaritiesResource {

    @Inject
    ComplementarityService service;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Requested vs. committed here vs. funded elsewhere, by area and year, with the items (secretariat)")
    public Complementarities get(@PathParam("code") String code) {
        return service.of(caller, code);
    }
}
