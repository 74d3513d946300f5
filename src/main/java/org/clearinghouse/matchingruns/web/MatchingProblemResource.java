package org.clearinghouse.matchingruns.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.matching.exchange.ProblemDocument;
import org.clearinghouse.matchingruns.application.OpenProblemReader;
import org.clearinghouse.matchingruns.application.ProblemImportService;
import org.clearinghouse.platform.rest.Upload;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The open matching problem in the exchange format, for the secretariat: export and all-or-nothing import. */
@Tag(name = "Matching")
@Path("matching/problem")
@Produces(MediaType.APPLICATION_JSON)
public class MatchingProblemResource {

    @Inject
    OpenProblemReader problems;

    @Inject
    ProblemImportService importer;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "getMatchingProblem",
            summary = "The current open problem: validated requests, open offers, commitments, rejections")
    @Extension(name = "x-problems", value = "403")
    public ProblemDocument problem() {
        caller.requireAnyRole(Role.SECRETARIAT);
        return problems.read();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importMatchingProblem",
            summary = "Import a problem file: all of it, or nothing with every problem listed")
    @Extension(name = "x-problems", value = "403 413 422")
    @Upload(readableBy = "SECRETARIAT")
    public Response importProblem(InputStream body) {
        caller.requireAnyRole(Role.SECRETARIAT);
        return Response.status(Response.Status.CREATED)
                .entity(importer.importProblem(caller, body, "request body"))
                .build();
    }
}
