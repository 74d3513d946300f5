package org.clearinghouse.requests.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.requests.application.RequestService;
import org.clearinghouse.requests.application.RequestView;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;

/**
 * A page listing the requests its reader may see in a lazy table (one page read at a time, by priority first),
 * filtered by drop-downs: area, type, region, status, priority (a page shows those it needs).
 */
public abstract class FilteredRequestList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestService requests;

    @Inject
    Instance<Caller> caller;

    private PagedModel<RequestView> model;

    private String area;
    private String type;
    private String region;
    private String status;
    private Integer priority;

    @PostConstruct
    void init() {
        model = new PagedModel<>(
                page -> requests.list(caller.get(), filter(), page), r -> Long.toString(r.id()), "priority");
    }

    public PagedModel<RequestView> getModel() {
        return model;
    }

    /** What the drop-downs choose; each left empty means "any". */
    AssistanceRequestFilter filter() {
        return AssistanceRequestFilter.ofNames(area, type, region, status, priority);
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }
}
