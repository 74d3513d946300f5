package org.clearinghouse.proposals.web.faces;

import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.proposals.application.ProposalView;
import org.clearinghouse.shared.errors.ValidationFailedException;

/** A decision on a proposal from a page: the service's refusals as messages a person understands. */
public final class Decisions {

    /** A decision to take (it calls the service). */
    @FunctionalInterface
    public interface Decision {
        ProposalView take();
    }

    private Decisions() {}

    /**
     * Takes the decision and shows {@code doneKey} (argument: the request's title); {@code reasonFieldId} is where a
     * missing reason is reported (null if the decision needs none). Returns whether it was taken.
     */
    public static boolean take(Decision decision, ProposalView proposal, String doneKey, String reasonFieldId) {
        FormSubmission submission = reasonFieldId != null
                ? FormSubmission.handling().invalid(reasonFieldId, "proposal.reason.required")
                : FormSubmission.handling()
                        .on(ValidationFailedException.class, invalid -> Texts.error("proposal.error.invalid"));
        return submission
                .conflict("proposal.error.conflict", proposal.requestTitle())
                .deniedOrMissing("proposal.error.notYours")
                .run(() -> {
                    decision.take();
                    Texts.info(doneKey, proposal.requestTitle());
                });
    }
}
