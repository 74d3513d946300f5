package org.clearinghouse.requests.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.matching.domain.AssistanceType;
import org.clearinghouse.matching.domain.Region;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.requests.application.RequestService;
import org.clearinghouse.requests.application.RequestView;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;

/** Validated needs for donors (the service shows donors validated needs only), filtered by area, region, type, priority. */
@Named
@ViewScoped
public class ValidatedNeeds implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestService requests;

    @Inject
    Instance<Caller> caller;

    private String area;
    private String type;
    private String region;
    private Integer priority;
    private PagedModel<RequestView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(
                page -> requests.list(caller.get(), filter(), page), r -> Long.toString(r.id()), "priority");
    }

    AssistanceRequestFilter filter() {
        return new AssistanceRequestFilter(
                area == null ? null : CommitmentArea.valueOf(area),
                type == null ? null : AssistanceType.valueOf(type),
                null,
                region == null ? null : Region.valueOf(region),
                null,
                priority);
    }

    public PagedModel<RequestView> getModel() {
        return model;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }
}
