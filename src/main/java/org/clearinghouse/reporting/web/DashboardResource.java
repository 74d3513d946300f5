package org.clearinghouse.reporting.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.reporting.application.Dashboard;
import org.clearinghouse.reporting.application.DashboardService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Measurability figures from all data, for the secretariat. */
@Tag(name = "Reporting")
@Path("dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    @Inject
    DashboardService dashboards;

    @Inject
    Caller caller;

    @GET
    @Operation(
            operationId = "getDashboard",
            summary = "Requested, committed, disbursed by area, region and year; medians; shares (secretariat)")
    @Extension(name = "x-problems", value = "403")
    public Dashboard dashboard() {
        return dashboards.forSecretariat(caller);
    }
}
