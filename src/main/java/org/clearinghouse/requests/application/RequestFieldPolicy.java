package org.clearinghouse.requests.application;

import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.requests.domain.AssistanceRequest;

/**
 * Which fields of a request a caller who may read it sees (docs/visibility.md). The requesting State, the secretariat
 * and the administrator read it in full. A donor reads what it needs to act on a validated need (title, description,
 * State, area, type, amount, period, priority, national target reference, contact, gender marker, target) but not the
 * exchange between the State and the secretariat (the validation comment) nor the names of the accounts that wrote it.
 * Whether the caller may read the request at all is {@link RequestAccess}'s question.
 */
public final class RequestFieldPolicy {

    private RequestFieldPolicy() {}

    /**
     * True when the caller may read the request at all (the secretariat and the administrator every request, a
     * recipient its State's, a donor validated needs); every list that names requests to a signed-in caller filters
     * with it.
     */
    public static boolean mayRead(Caller caller, AssistanceRequest request) {
        return RequestAccess.canRead(caller, request);
    }

    /** True when the caller reads every field of a request of {@code stateCode}. */
    public static boolean readsInFull(Caller caller, String stateCode) {
        return caller.isSecretariat() || caller.is(Role.ADMIN) || caller.isRecipientOf(stateCode);
    }

    /** The request as this caller sees it. */
    public static RequestView viewFor(Caller caller, AssistanceRequest request) {
        RequestView full = RequestView.of(request);
        return readsInFull(caller, full.state()) ? full : withoutInternalFields(full);
    }

    /** What another party reads: no validation comment, no account names. */
    static RequestView withoutInternalFields(RequestView v) {
        return new RequestView(
                v.id(),
                v.title(),
                v.description(),
                v.state(),
                v.stateName(),
                v.region(),
                v.area(),
                v.type(),
                v.amountUsd(),
                v.divisible(),
                v.priority(),
                v.start(),
                v.end(),
                v.status(),
                v.nationalTargetReference(),
                v.contact(),
                v.publishSummaryConsent(),
                v.genderMarker(),
                null,
                v.targetId(),
                v.submittedAt(),
                v.version(),
                null,
                v.createdAt(),
                null,
                v.updatedAt(),
                v.mergedIntoId());
    }
}
