package org.clearinghouse.requests.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.platform.web.faces.PagedModel;
import org.clearinghouse.requests.application.RequestService;
import org.clearinghouse.requests.application.RequestView;

/** Validated needs for donors (the service shows donors validated needs only), filtered by area, region, type, priority. */
@Named
@ViewScoped
public class ValidatedNeeds extends RequestFilterForm {

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

    public PagedModel<RequestView> getModel() {
        return model;
    }
}
