package org.clearinghouse.audit.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.audit.application.AuditEntryView;
import org.clearinghouse.audit.application.AuditLog;
import org.clearinghouse.audit.domain.AuditFilter;
import org.clearinghouse.platform.rest.PageParameters;
import org.clearinghouse.platform.rest.PageView;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.security.SecurityEventType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log of security events, for administrators: a page at a time, or all of it as CSV. */
@Tag(name = "Audit")
@Path("audit")
public class AuditResource {

    @Inject
    AuditLog auditLog;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listAuditEntries",
            summary = "Security events, newest first; filter by type and actor (administrators)")
    @Extension(name = "x-problems", value = "403 422")
    public PageView<AuditEntryView> list(
            @QueryParam("type") String type, @QueryParam("actor") String actor, @BeanParam PageParameters paging) {
        caller.requireAnyRole(Role.ADMIN);
        FieldErrors errors = new FieldErrors();
        AuditFilter filter = filter(type, actor, errors);
        return PageView.of(
                auditLog.find(caller, filter, paging.toPageRequest(auditLog.sortFields(), Map.of(), errors)));
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(
            operationId = "exportAuditEntries",
            summary = "The audit log as CSV (UTF-8), newest first; filter by type and actor (administrators)")
    @Extension(name = "x-problems", value = "403 422")
    public Response export(@QueryParam("type") String type, @QueryParam("actor") String actor) {
        caller.requireAnyRole(Role.ADMIN);
        FieldErrors errors = new FieldErrors();
        AuditFilter filter = filter(type, actor, errors);
        errors.throwIfAny();
        Caller admin = caller;
        StreamingOutput body =
                out -> auditLog.exportCsv(admin, filter, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"")
                .build();
    }

    private static AuditFilter filter(String type, String actor, FieldErrors errors) {
        SecurityEventType eventType =
                type == null || type.isBlank() ? null : errors.code("type", type, SecurityEventType.class);
        return new AuditFilter(eventType, actor == null || actor.isBlank() ? null : actor);
    }
}
