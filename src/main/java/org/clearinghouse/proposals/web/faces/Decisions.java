package org.clearinghouse.proposals.web.faces;

import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.ConflictException;
import org.clearinghouse.shared.errors.NotFoundException;
import org.clearinghouse.shared.errors.ValidationFailedException;
import org.clearinghouse.platform.web.faces.Texts;
import org.clearinghouse.proposals.application.ProposalView;

/** A decision on a proposal from a page: the service's refusals as messages a person understands. */
public final class Decisions {

    /** A decision to take (it calls the service). */
    @FunctionalInterface
    public interface Decision {
        ProposalView take();
    }

    private Decisions() {
    }

    /**
     * Takes the decision and shows {@code doneKey} (argument: the request's title); {@code reasonFieldId} is where a
     * missing reason is reported (null if the decision needs none). Returns whether it was taken.
     */
    public static boolean take(Decision decision, ProposalView proposal, String doneKey, String reasonFieldId) {
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
        } catch (ConflictException conflict) {
            Texts.error("proposal.error.conflict", proposal.requestTitle());
        } catch (AccessDeniedException | NotFoundException denied) {
            Texts.error("proposal.error.notYours");
        }
        return false;
    }
}
