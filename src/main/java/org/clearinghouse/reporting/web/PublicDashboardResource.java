package org.clearinghouse.reporting.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clearinghouse.reporting.application.Dashboard;
import org.clearinghouse.reporting.application.DashboardService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Measurability figures from published data only, for everyone (no sign-in). */
@Tag(name = "Reporting")
@SecurityRequirementsSet
@Path("public/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class PublicDashboardResource {

    @Inject
    DashboardService dashboards;

    @GET
    @Operation(
            operationId = "getPublicDashboard",
            summary = "Requested, committed, disbursed by area, region and year; medians; shares (published data only)")
    public Dashboard published() {
        return dashboards.published();
    }
}
