package org.clearinghouse.targets.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.targets.application.TargetInput;
import org.clearinghouse.targets.application.TargetService;
import org.clearinghouse.targets.application.TargetView;

/**
 * The registry of voluntary targets: every target, and a form to record one — a recipient for its own State, the
 * secretariat for a region.
 */
@Named
@ViewScoped
public class TargetsRegistry implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "targetForm:";
    private static final Map<String, String> FIELDS = Map.of(
            "region",
            FORM + "region",
            "description",
            FORM + "description",
            "area",
            FORM + "area",
            "indicator",
            FORM + "indicator",
            "baselineValue",
            FORM + "baseline",
            "targetValue",
            FORM + "targetValue",
            "targetYear",
            FORM + "targetYear");

    @Inject
    TargetService targets;

    @Inject
    Instance<Caller> caller;

    private List<TargetView> all;
    private String region;
    private String description;
    private String area;
    private String indicator;
    private BigDecimal baselineValue;
    private BigDecimal targetValue;
    private Integer targetYear;

    @PostConstruct
    void init() {
        all = targets.list(caller.get(), null, null);
        indicator = TargetService.INDICATORS.get(0);
    }

    public void create() {
        FormSubmission.withFields(FIELDS).denied("target.error.notAllowed").run(() -> {
            TargetView created = targets.create(
                    caller.get(),
                    new TargetInput(
                            null,
                            isRegional() ? region : null,
                            description,
                            area,
                            indicator,
                            baselineValue,
                            targetValue,
                            targetYear,
                            null));
            Texts.info("target.created", created.description());
            all = targets.list(caller.get(), null, null);
            description = null;
            area = null;
            baselineValue = null;
            targetValue = null;
            targetYear = null;
            region = null;
        });
    }

    /** The secretariat records regional targets; a recipient its State's. */
    public boolean isRegional() {
        return caller.get().is(Role.SECRETARIAT);
    }

    public List<String> completeIndicator(String query) {
        String q = query == null ? "" : query.toLowerCase();
        return TargetService.INDICATORS.stream()
                .filter(i -> i.toLowerCase().contains(q))
                .toList();
    }

    public List<TargetView> getTargets() {
        return all;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(BigDecimal baselineValue) {
        this.baselineValue = baselineValue;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public Integer getTargetYear() {
        return targetYear;
    }

    public void setTargetYear(Integer targetYear) {
        this.targetYear = targetYear;
    }
}
