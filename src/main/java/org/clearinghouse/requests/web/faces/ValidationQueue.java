package org.clearinghouse.requests.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.requests.application.RequestService;
import org.clearinghouse.requests.application.RequestView;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.requests.domain.RequestStatus;

/** The secretariat's validation queue: submitted requests, oldest first; validate, or return with a comment. */
@Named
@ViewScoped
public class ValidationQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestService requests;

    @Inject
    Instance<Caller> caller;

    private PagedModel<RequestView> model;
    private RequestView returning;
    private String comment;

    @PostConstruct
    void init() {
        model = new PagedModel<>(
                page -> requests.list(
                        caller.get(), AssistanceRequestFilter.ANY.withStatuses(RequestStatus.SUBMITTED), page),
                r -> Long.toString(r.id()),
                "updatedAt");
    }

    public void validate(RequestView request) {
        FormSubmission.handling().conflict("error.conflict").run(() -> {
            requests.validate(caller.get(), request.id(), request.version());
            Texts.info("queue.validated", request.title());
        });
    }

    public void startReturn(RequestView request) {
        returning = request;
        comment = null;
    }

    public void confirmReturn() {
        if (returning == null) {
            return;
        }
        FormSubmission.handling()
                .invalid("returnForm:comment", "validation.required")
                .conflict("error.conflict")
                .run(() -> {
                    requests.returnForChanges(caller.get(), returning.id(), returning.version(), comment);
                    Texts.info("queue.returned", returning.title());
                    returning = null;
                });
    }

    public PagedModel<RequestView> getModel() {
        return model;
    }

    public RequestView getReturning() {
        return returning;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
