package org.clearinghouse.requests.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.requests.application.RequestService;
import org.clearinghouse.requests.application.RequestView;
import org.clearinghouse.requests.domain.RequestStatus;

/** The recipient State's requests: a lazy table (one page read at a time), filters, submit for validation. */
@Named
@ViewScoped
public class MyRequests extends RequestFilterForm {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestService requests;

    @Inject
    Instance<Caller> caller;

    private PagedModel<RequestView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(
                page -> requests.list(caller.get(), filter(), page), r -> Long.toString(r.id()), "priority");
    }

    public void submit(RequestView request) {
        FormSubmission.handling().conflict("error.conflict").run(() -> {
            requests.submit(caller.get(), request.id(), request.version());
            Texts.info("request.submitted", request.title());
        });
    }

    public boolean canEdit(RequestView request) {
        return EditRequest.EDITABLE.contains(request.status());
    }

    public PagedModel<RequestView> getModel() {
        return model;
    }

    /** The statuses the list can be filtered by. */
    public List<String> getStatuses() {
        return Arrays.stream(RequestStatus.values()).map(Enum::name).toList();
    }
}
