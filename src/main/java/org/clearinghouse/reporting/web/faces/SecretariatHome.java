package org.clearinghouse.reporting.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.reporting.application.NeedsOverview;
import org.clearinghouse.requests.application.RequestService;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.paging.PageRequest;

/** The secretariat's home: how many requests wait for validation, and the open needs. */
@Named
@RequestScoped
public class SecretariatHome {

    @Inject
    RequestService requests;

    @Inject
    NeedsOverview overview;

    @Inject
    Instance<Caller> caller;

    private long waiting;
    private long open;
    private long unmet;

    @PostConstruct
    void load() {
        Caller me = caller.get();
        waiting = requests.list(
                        me, AssistanceRequestFilter.ANY.withStatuses(RequestStatus.SUBMITTED), PageRequest.of(0, 1))
                .total();
        open = requests.list(
                        me,
                        AssistanceRequestFilter.ANY.withStatuses(
                                RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED),
                        PageRequest.of(0, 1))
                .total();
        unmet = overview.unmetNeeds(me, AssistanceRequestFilter.ANY).size();
    }

    public long getWaiting() {
        return waiting;
    }

    public long getOpen() {
        return open;
    }

    public long getUnmet() {
        return unmet;
    }
}
