package org.clearinghouse.requests.web.faces;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.requests.application.RequestService;
import org.clearinghouse.requests.application.RequestView;
import org.clearinghouse.requests.domain.AssistanceRequestFilter;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.paging.PageRequest;
import org.clearinghouse.shared.paging.SortDirection;

/** A recipient's home: returned requests first, then drafts, then the numbers of the State's requests by status. */
@Named
@RequestScoped
public class RecipientHome {

    @Inject
    RequestService requests;

    @Inject
    Instance<Caller> caller;

    private List<RequestView> returned;
    private List<RequestView> drafts;
    private long submitted;
    private long validated;

    @PostConstruct
    void load() {
        Caller me = caller.get();
        List<RequestView> allDrafts = requests.list(
                        me,
                        AssistanceRequestFilter.ANY.withStatuses(RequestStatus.DRAFT),
                        PageRequest.of(0, PageRequest.MAX_SIZE, "updatedAt", SortDirection.DESC))
                .items();
        returned = allDrafts.stream()
                .filter(r ->
                        r.validationComment() != null && !r.validationComment().isBlank())
                .toList();
        drafts = allDrafts.stream()
                .filter(r ->
                        r.validationComment() == null || r.validationComment().isBlank())
                .toList();
        submitted = count(me, RequestStatus.SUBMITTED);
        validated = count(me, RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED, RequestStatus.FUNDED);
    }

    private long count(Caller me, RequestStatus... statuses) {
        return requests.list(me, AssistanceRequestFilter.ANY.withStatuses(statuses), PageRequest.of(0, 1))
                .total();
    }

    public List<RequestView> getReturned() {
        return returned;
    }

    public List<RequestView> getDrafts() {
        return drafts;
    }

    public long getSubmitted() {
        return submitted;
    }

    public long getValidated() {
        return validated;
    }
}
