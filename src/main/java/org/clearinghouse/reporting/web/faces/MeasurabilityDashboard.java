package org.clearinghouse.reporting.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.reporting.application.Dashboard;
import org.clearinghouse.reporting.application.DashboardService;

/** The secretariat's measurability dashboard: every figure from all data. */
@Named
@RequestScoped
public class MeasurabilityDashboard {

    @Inject
    DashboardService dashboards;

    @Inject
    Caller caller;

    private Dashboard dashboard;

    @PostConstruct
    void load() {
        dashboard = dashboards.forSecretariat(caller);
    }

    public Dashboard getFigures() {
        return dashboard;
    }

    public String getChartByArea() {
        return Charts.money(dashboard.byArea(), k -> Texts.text("area." + k), true);
    }

    public String getChartByRegion() {
        return Charts.money(dashboard.byRegion(), k -> Texts.text("region." + k), false);
    }

    public String getChartByYear() {
        return Charts.money(dashboard.byYear(), k -> k, false);
    }

    public String getChartDelays() {
        return Charts.bars(
                List.of("dashboard.submissionToMatch", "dashboard.matchToCommitment"),
                java.util.Arrays.asList(
                        dashboard.medianDaysSubmissionToMatch(), dashboard.medianDaysMatchToCommitment()),
                "dashboard.medianDays");
    }

    public String getChartRequestsMatched() {
        return Charts.share(
                dashboard.matchedRequests(),
                dashboard.totals().requestCount(),
                "dashboard.matched",
                "dashboard.notMatched");
    }

    public String getChartGender() {
        Dashboard.GenderCoverage g = dashboard.gender();
        int requests = dashboard.totals().requestCount();
        return Charts.bars(
                List.of("gender.PRINCIPAL", "gender.SIGNIFICANT", "gender.NOT_TARGETED", "gender.none"),
                java.util.Arrays.asList(
                        (double) g.principalRequests(),
                        (double) g.significantRequests(),
                        (double) (g.screenedRequests() - g.principalRequests() - g.significantRequests()),
                        (double) (requests - g.screenedRequests())),
                "dashboard.requests");
    }

    public String getChartOffersUsed() {
        return Charts.share(dashboard.usedOffers(), dashboard.offerCount(), "dashboard.used", "dashboard.notUsed");
    }
}
