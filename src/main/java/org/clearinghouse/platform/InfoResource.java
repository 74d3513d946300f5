package org.clearinghouse.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What is running: the database product in use. Public. */
@Tag(name = "Platform")
@SecurityRequirementsSet
@Path("info")
@Produces(MediaType.APPLICATION_JSON)
public class InfoResource {

    @Inject
    DatabaseMigration migration;

    public record Info(String application, String database) {}

    @GET
    @Operation(operationId = "getInfo", summary = "The application and the database product it runs on")
    public Info info() {
        return new Info("clearinghouse", migration.databaseProduct());
    }
}
