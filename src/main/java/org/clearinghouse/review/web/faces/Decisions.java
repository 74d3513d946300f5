package org.clearinghouse.review.web.faces;

import org.clearinghouse.platform.problem.AccessDeniedProblem;
import org.clearinghouse.platform.problem.ConflictProblem;
import org.clearinghouse.platform.problem.NotFoundProblem;
import org.clearinghouse.platform.problem.ValidationFailedException;
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
        try {
            decision.take();
            Texts.info(doneKey, proposal.requestTitle());
            return true;
        } catch (ValidationFailedException invalid) {
            if (reasonFieldId != null) {
                Texts.fieldError(reasonFieldId, "proposal.reason.required");
            } else {
                Texts.error("proposal.error.invalid");
            }
        } catch (ConflictProblem conflict) {
            Texts.error("proposal.error.conflict", proposal.requestTitle());
        } catch (AccessDeniedProblem | NotFoundProblem denied) {
            Texts.error("proposal.error.notYours");
        }
        return false;
    }
}
