package org.clearinghouse.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What is running: the database product in use. Public. */
@Path("info")
@Produces(MediaType.APPLICATION_JSON)
public class InfoResource {

    @Inject
    DatabaseMigration migration;

    public record Info(String application, String database) {
    }

    @GET
    public Info info() {
        return new Info("clearinghouse", migration.databaseProduct());
    }
}
