package org.clearinghouse.commitments.web.faces;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.commitments.application.ClaimDecisionInput;
import org.clearinghouse.commitments.application.ExternalCommitmentView;
import org.clearinghouse.commitments.application.FundingClaimService;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;

/**
 * Confirming or disputing a donor's claim from a page (the State's request page, the secretariat's external funding
 * page): the reason typed next to each claim, the service call, its messages. The page says what to do afterwards.
 */
public final class ClaimDecisions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reason typed next to each claim the reader may dispute, by record id. */
    private final Map<Long, String> reasons = new HashMap<>();

    public Map<Long, String> getReasons() {
        return reasons;
    }

    /** Confirms the claim: from now on it counts. */
    public void confirm(FundingClaimService claims, Caller caller, ExternalCommitmentView row, Runnable then) {
        FormSubmission.handling()
                .stale("claim.stale")
                .denied("external.forbidden")
                .run(() -> {
                    claims.confirm(caller, row.id(), new ClaimDecisionInput(row.version(), null));
                    Texts.info("claim.confirmed", row.mechanismName(), row.stateName());
                    then.run();
                });
    }

    /** Disputes the claim with the reason typed next to it. */
    public void dispute(FundingClaimService claims, Caller caller, ExternalCommitmentView row, Runnable then) {
        FormSubmission.handling()
                .invalid(null, "claim.reason.required")
                .stale("claim.stale")
                .denied("external.forbidden")
                .run(() -> {
                    claims.dispute(caller, row.id(), new ClaimDecisionInput(row.version(), reasons.get(row.id())));
                    reasons.remove(row.id());
                    Texts.info("claim.disputed", row.mechanismName(), row.stateName());
                    then.run();
                });
    }
}
