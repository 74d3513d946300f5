package org.clearinghouse.reporting.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.reporting.application.Dashboard;
import org.clearinghouse.reporting.application.DashboardService;

/** The public summary of the dashboard: published data only (requests whose State agreed to a public summary). */
@Named
@RequestScoped
public class PublicMeasurability {

    @Inject
    DashboardService dashboards;

    private Dashboard dashboard;

    @PostConstruct
    void load() {
        dashboard = dashboards.published();
    }

    public Dashboard getFigures() {
        return dashboard;
    }

    public String getChartByYear() {
        return Charts.money(dashboard.byYear(), k -> k, false);
    }

    public String getChartByArea() {
        return Charts.money(dashboard.byArea(), k -> Texts.text("area." + k), true);
    }
}
