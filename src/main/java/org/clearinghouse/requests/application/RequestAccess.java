package org.clearinghouse.requests.application;

import java.util.EnumSet;
import java.util.Set;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.requests.domain.AssistanceRequest;
import org.clearinghouse.requests.domain.RequestStatus;
import org.clearinghouse.shared.errors.AccessDeniedException;
import org.clearinghouse.shared.errors.NotFoundException;

/** Who may see and change which request. */
final class RequestAccess {

    /** The statuses a donor sees: needs the secretariat validated, funded or not. */
    static final Set<RequestStatus> VISIBLE_TO_DONORS =
            EnumSet.of(RequestStatus.VALIDATED, RequestStatus.PARTIALLY_FUNDED, RequestStatus.FUNDED);

    private RequestAccess() {}

    /**
     * A request the caller may not see answers 404, as an unknown one does: the caller may not know that it exists
     * (no existence oracle). Sign in first (401).
     */
    static void checkCanRead(Caller caller, AssistanceRequest request) {
        caller.requireSignedIn();
        if (!canRead(caller, request)) {
            throw new NotFoundException("Request", request.getId());
        }
    }

    /** True when the caller may read the request: never anonymous (who reads published summaries only). */
    static boolean canRead(Caller caller, AssistanceRequest request) {
        if (caller.isAnonymous()) {
            return false;
        }
        return switch (caller.role()) {
            case SECRETARIAT, ADMIN -> true;
            case RECIPIENT -> caller.isRecipientOf(request.getRecipientState().getCode());
            case DONOR -> VISIBLE_TO_DONORS.contains(request.getStatus());
        };
    }

    /** Recipients write for their own State only; the secretariat for any. */
    static void checkCanWrite(Caller caller, String stateCode) {
        caller.requireAnyRole(Role.RECIPIENT, Role.SECRETARIAT);
        if (caller.is(Role.RECIPIENT) && !caller.isRecipientOf(stateCode)) {
            throw new AccessDeniedException(
                    "You may only write requests of your own State (" + caller.stateCode() + ").");
        }
    }
}
