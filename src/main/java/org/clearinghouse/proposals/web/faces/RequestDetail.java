package org.clearinghouse.proposals.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.commitments.application.ExternalCommitmentView;
import org.clearinghouse.commitments.application.FundingClaimService;
import org.clearinghouse.commitments.web.faces.ClaimDecisions;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.proposals.application.RequestDetailService;
import org.clearinghouse.proposals.application.RequestDetailView;
import org.clearinghouse.requests.application.RequestView;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * A recipient's read-only view of one of its requests ({@code ?id=}): status and fields, proposals, commitments with
 * their progress, and external commitments, of which the State confirms or disputes donors' claims. Another State's request, or none, is "not found" (404).
 */
@Named
@ViewScoped
public class RequestDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestDetailService details;

    @Inject
    FundingClaimService claims;

    @Inject
    Instance<Caller> caller;

    private final ClaimDecisions decisions = new ClaimDecisions();

    private Long id;
    private RequestDetailView detail;

    public void load() throws IOException {
        FormSubmission.readOnceOr404(detail != null, () -> {
            if (id == null) {
                throw new NotFoundException("Request", "none");
            }
            detail = details.detail(caller.get(), id);
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RequestDetailView getDetail() {
        return detail;
    }

    public RequestView getRequest() {
        return detail == null ? null : detail.request();
    }

    /** What the commitments have disbursed, in US dollars. */
    public long getDisbursedUsd() {
        return detail == null
                ? 0
                : detail.commitments().stream().mapToLong(c -> c.disbursedUsd()).sum();
    }

    /** What the commitments that are not cancelled promise, in US dollars. */
    public long getCommittedUsd() {
        return detail == null
                ? 0
                : detail.commitments().stream()
                        .filter(c -> !"CANCELLED".equals(c.status()))
                        .mapToLong(c -> c.amountUsd())
                        .sum();
    }

    /** What the confirmed external commitments recorded against the request give, in US dollars (claims: none). */
    public long getExternalUsd() {
        return detail == null
                ? 0
                : detail.externalCommitments().stream()
                        .filter(ExternalCommitmentView::counts)
                        .mapToLong(e -> e.amountUsd())
                        .sum();
    }

    /** Confirms a donor's claim: from now on it counts. */
    public void confirm(ExternalCommitmentView row) {
        decisions.confirm(claims, caller.get(), row, () -> detail = details.detail(caller.get(), id));
    }

    /** Disputes a donor's claim with the reason typed next to it. */
    public void dispute(ExternalCommitmentView row) {
        decisions.dispute(claims, caller.get(), row, () -> detail = details.detail(caller.get(), id));
    }

    public Map<Long, String> getReasons() {
        return decisions.getReasons();
    }
}
