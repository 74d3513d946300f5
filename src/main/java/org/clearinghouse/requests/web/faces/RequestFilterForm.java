package org.clearinghouse.requests.web.faces;

import java.io.Serializable;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;

/**
 * The filter drop-downs of a page listing requests (area, type, region, status, priority; a page shows those it
 * needs), and the {@link AssistanceRequestFilter} they choose.
 */
public abstract class RequestFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String area;
    private String type;
    private String region;
    private String status;
    private Integer priority;

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
