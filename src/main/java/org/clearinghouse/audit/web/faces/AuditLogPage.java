package org.clearinghouse.audit.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.audit.application.AuditEntryView;
import org.clearinghouse.audit.application.AuditLog;
import org.clearinghouse.audit.domain.AuditFilter;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.shared.security.SecurityEventType;

/** The administrator's page of the audit log: a paged table, newest first, a filter by type, and a CSV export. */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog auditLog;

    @Inject
    Instance<Caller> caller;

    private String typeFilter;
    private PagedModel<AuditEntryView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> auditLog.find(caller.get(), filter(), page), e -> Long.toString(e.id()), null);
    }

    private AuditFilter filter() {
        return new AuditFilter(typeFilter == null ? null : SecurityEventType.valueOf(typeFilter), null);
    }

    public List<String> getTypes() {
        return Arrays.stream(SecurityEventType.values()).map(Enum::name).toList();
    }

    /** The API address of the CSV export with the page's filter (the session signs the download in). */
    public String getExportPath() {
        return "/api/v1/audit/export"
                + (typeFilter == null ? "" : "?type=" + URLEncoder.encode(typeFilter, StandardCharsets.UTF_8));
    }

    public PagedModel<AuditEntryView> getModel() {
        return model;
    }

    public String getTypeFilter() {
        return typeFilter;
    }

    public void setTypeFilter(String typeFilter) {
        this.typeFilter = typeFilter == null || typeFilter.isBlank()
                ? null
                : SecurityEventType.valueOf(typeFilter).name();
    }
}
