package org.clearinghouse.proposals.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.commitments.domain.CommitmentStatus;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.proposals.application.CommitmentListService;
import org.clearinghouse.proposals.application.CommitmentView;

/** The commitments a recipient State, a donor or the secretariat follows, newest first, filtered by status. */
@Named
@ViewScoped
public class MyCommitments implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommitmentListService commitments;

    @Inject
    Instance<Caller> caller;

    private String status;
    private PagedModel<CommitmentView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(
                page -> commitments.list(caller.get(), status == null ? null : CommitmentStatus.valueOf(status), page),
                c -> Long.toString(c.id()),
                null);
    }

    public List<String> getStatuses() {
        return Arrays.stream(CommitmentStatus.values()).map(Enum::name).toList();
    }

    public PagedModel<CommitmentView> getModel() {
        return model;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }
}
