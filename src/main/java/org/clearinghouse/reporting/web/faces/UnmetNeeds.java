package org.clearinghouse.reporting.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.reporting.application.NeedsOverview;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;

/** Validated requests not fully committed: what is still missing, by area, region, type and priority. */
@Named
@ViewScoped
public class UnmetNeeds implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NeedsOverview overview;

    @Inject
    Instance<Caller> caller;

    private String area;
    private String type;
    private String region;
    private Integer priority;
    private List<NeedsOverview.UnmetNeed> needs;

    private void search() {
        needs = overview.unmetNeeds(caller.get(), AssistanceRequestFilter.ofNames(area, type, region, null, priority));
    }

    public List<NeedsOverview.UnmetNeed> getNeeds() {
        if (needs == null) {
            search();
        }
        return needs;
    }

    public long getRemainingUsd() {
        return getNeeds().stream()
                .mapToLong(NeedsOverview.UnmetNeed::remainingUsd)
                .sum();
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
        needs = null;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
        needs = null;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
        needs = null;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
        needs = null;
    }
}
