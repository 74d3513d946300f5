package org.clearinghouse.backup.web;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.backup.application.DatabaseBackup;
import org.clearinghouse.shared.security.SecurityEvent;
import org.clearinghouse.shared.security.SecurityEventType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators download an online backup of the embedded database (a zip that H2's Restore tool reads). */
@Tag(name = "Operations")
@Path("backup")
public class BackupResource {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Inject
    DatabaseBackup backup;

    @Inject
    Caller caller;

    @Inject
    Event<SecurityEvent> events;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @GET
    @Produces("application/zip")
    @Operation(
            operationId = "downloadBackup",
            summary = "An online backup of the embedded database as a zip (administrators; 409 on MySQL/MariaDB)")
    @Extension(name = "x-problems", value = "403 409")
    public Response download() {
        caller.requireAnyRole(Role.ADMIN);
        java.nio.file.Path file = backup.toTemporaryFile();
        events.fire(new SecurityEvent(
                SecurityEventType.BACKUP_DOWNLOADED,
                caller.username(),
                "database",
                request == null ? null : request.getRemoteAddr(),
                null));
        StreamingOutput body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        String name = "clearinghouse-" + STAMP.format(clock.instant().atOffset(ZoneOffset.UTC)) + ".zip";
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }
}
