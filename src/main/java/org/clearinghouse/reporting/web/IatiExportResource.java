package org.clearinghouse.reporting.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.reporting.application.IatiExportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The IATI 2.03 activity file of the commitments the caller may see. */
@Tag(name = "Reporting")
@Path("exports/iati")
public class IatiExportResource {

    @Inject
    IatiExportService service;

    @Inject
    Caller caller;

    @GET
    @Produces({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "basicAuth"))
    @SecurityRequirementsSet(@SecurityRequirement(name = "sessionCookie"))
    @Operation(
            operationId = "exportIati",
            summary = "IATI 2.03 activities, one per commitment (secretariat: all; others: published and their own)."
                    + " 204 when there is nothing to publish: the schema wants at least one activity.")
    public Response export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!service.write(caller, out)) {
            return Response.noContent().build();
        }
        return Response.ok(out.toByteArray(), MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "inline; filename=\"clearinghouse-iati.xml\"")
                .build();
    }
}
