package org.clearinghouse.shared.persistence;

import org.clearinghouse.shared.domain.Party;
import org.clearinghouse.shared.domain.PartyScope;

/**
 * Which rows of a list about requests and offers a party sees, as JPQL: the secretariat every row, a recipient State
 * the rows of its own requests, a donor those of its own offers (it gives as a State or as an organisation). The
 * query joins the offer's donor as {@link #DONOR_JOINS} does and names the path of its request's State code; the
 * party's code is the parameter {@code :mine}.
 */
public final class PartyCondition {

    /** The joins the donor condition relies on, for an offer aliased {@code o}. */
    public static final String DONOR_JOINS = " LEFT JOIN o.donorState ds LEFT JOIN o.donorOrganisation dorg";

    private PartyCondition() {}

    /**
     * {@code " AND <the party's condition>"}, or "" for the secretariat; {@code recipientStateCode} is the path of the
     * request's State code ({@code "p.request.recipientState.code"}).
     */
    public static String and(PartyScope scope, String recipientStateCode) {
        if (scope.party() == Party.RECIPIENT) {
            return " AND " + recipientStateCode + " = :mine";
        }
        if (scope.party() == Party.DONOR) {
            return " AND (ds.code = :mine OR dorg.code = :mine)";
        }
        return "";
    }

    /** The query with the party's code bound to {@code :mine} (the secretariat's has no condition to bind). */
    public static <T> PagedQuery<T> bound(PartyScope scope, PagedQuery<T> query) {
        return scope.isSecretariat() ? query : query.parameter("mine", scope.code());
    }
}
