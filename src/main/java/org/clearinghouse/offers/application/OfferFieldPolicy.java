package org.clearinghouse.offers.application;

import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.offers.domain.AssistanceOffer;

/**
 * Which fields of an offer a signed-in caller who may read it sees (docs/visibility.md). The donor of the offer, the
 * secretariat and the administrator read it in full. Recipient States and other donors read its terms (areas, types,
 * regions, capacity and what is committed, ceiling per request, period, contact) but never the States it excludes
 * ({@code excludedStates} is null for them) nor the names of the donor's accounts that wrote it.
 */
public final class OfferFieldPolicy {

    private OfferFieldPolicy() {}

    /** True when the caller reads every field of an offer of {@code donorCode}. */
    public static boolean readsInFull(Caller caller, String donorCode) {
        return caller.isSecretariat() || caller.is(Role.ADMIN) || caller.isDonor(donorCode);
    }

    /** The offer, with the sum of its commitments that are not cancelled, as this caller sees it. */
    public static OfferView viewFor(Caller caller, AssistanceOffer offer, long committedUsd) {
        OfferView full = OfferView.of(offer, committedUsd);
        return readsInFull(caller, full.donor()) ? full : termsOnly(full);
    }

    /** What a recipient State or another donor reads: no excluded States, no account names. */
    static OfferView termsOnly(OfferView v) {
        return new OfferView(
                v.id(),
                v.title(),
                v.description(),
                v.donor(),
                v.donorName(),
                v.areas(),
                v.types(),
                v.capacityUsd(),
                v.committedUsd(),
                v.regions(),
                null,
                v.maxPerRequestUsd(),
                v.start(),
                v.end(),
                v.status(),
                v.contact(),
                v.version(),
                null,
                v.createdAt(),
                null,
                v.updatedAt(),
                v.visibility());
    }
}
