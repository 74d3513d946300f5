package org.clearinghouse.proposals.web.faces;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.commitments.application.ClaimDecisionInput;
import org.clearinghouse.commitments.application.ExternalCommitmentView;
import org.clearinghouse.commitments.application.FundingClaimService;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;
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

    /** The reason typed next to each claim the State may dispute, by record id. */
    private final Map<Long, String> reasons = new HashMap<>();

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

    /** The State confirms a donor's claim: from now on it counts. */
    public void confirm(ExternalCommitmentView row) {
        FormSubmission.handling()
                .stale("claim.stale")
                .denied("external.forbidden")
                .run(() -> {
                    claims.confirm(caller.get(), row.id(), new ClaimDecisionInput(row.version(), null));
                    Texts.info("claim.confirmed", row.mechanismName(), row.stateName());
                    detail = details.detail(caller.get(), id);
                });
    }

    /** The State disputes a donor's claim with the reason typed next to it. */
    public void dispute(ExternalCommitmentView row) {
        FormSubmission.handling()
                .invalid(null, "claim.reason.required")
                .stale("claim.stale")
                .denied("external.forbidden")
                .run(() -> {
                    claims.dispute(
                            caller.get(), row.id(), new ClaimDecisionInput(row.version(), reasons.get(row.id())));
                    reasons.remove(row.id());
                    Texts.info("claim.disputed", row.mechanismName(), row.stateName());
                    detail = details.detail(caller.get(), id);
                });
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
