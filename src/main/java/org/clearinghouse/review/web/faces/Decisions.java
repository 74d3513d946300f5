package org.clearinghouse.review.web.faces;

import org.clearinghouse.platform.problem.ValidationFailedException;
import org.clearinghouse.platform.web.faces.FormSubmission;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.review.application.ProposalView;

/** A decision on a proposal from a page: the service's refusals as messages a person understands. */
final class Decisions {

    /** A decision to take (it calls the service). */
    @FunctionalInterface
    interface Decision {
        ProposalView take();
    }

    private Decisions() {
    }

    /**
     * Takes the decision and shows {@code doneKey} (argument: the request's title); {@code reasonFieldId} is where a
     * missing reason is reported (null if the decision needs none). Returns whether it was taken.
     */
    static boolean take(Decision decision, ProposalView proposal, String doneKey, String reasonFieldId) {
        FormSubmission submission = reasonFieldId != null
                ? FormSubmission.handling().invalid(reasonFieldId, "proposal.reason.required")
                : FormSubmission.handling().on(ValidationFailedException.class, invalid -> Texts.error("proposal.error.invalid"));
        return submission.conflict("proposal.error.conflict", proposal.requestTitle())
                .deniedOrMissing("proposal.error.notYours").run(() -> {
                    decision.take();
                    Texts.info(doneKey, proposal.requestTitle());
                });
    }
}
