package org.clearinghouse.targets.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.targets.application.TargetReport;
import org.clearinghouse.targets.application.TargetReports;

/** One target and what serves it: the requests linked to it, their commitments and results, and the totals. */
@Named
@ViewScoped
public class TargetPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TargetReports reports;

    @Inject
    Instance<Caller> caller;

    private Long id;
    private TargetReport report;

    /** Reads the target named by the {@code id} parameter; 404 when there is none. */
    public void load() throws IOException {
        FormSubmission.readOr404(() -> {
            if (id == null) {
                throw new NotFoundException("Target", "none");
            }
            report = reports.report(caller.get(), id);
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TargetReport getReport() {
        return report;
    }
}
