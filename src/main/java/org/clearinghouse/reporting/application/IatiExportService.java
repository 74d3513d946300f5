package org.clearinghouse.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.commitments.domain.Commitment;
import org.clearinghouse.directory.domain.Organisation;
import org.clearinghouse.directory.domain.State;
import org.clearinghouse.offers.domain.AssistanceOffer;
import org.clearinghouse.reporting.domain.IatiRepository;
import org.clearinghouse.requests.domain.AssistanceRequest;

/**
 * The IATI 2.03 export: one activity per commitment. The secretariat gets every commitment; anyone else the
 * commitments whose request the State agreed to publish, plus (signed in) those that concern them: a recipient its
 * State's, a donor those on its offers. The request's own description is shown only to those who may read the
 * request in full; everyone else gets a summary made of public fields.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IatiExportService {

    /** Never a State or organisation code: stands for "no such party" in the query. */
    private static final String NOBODY = "-";

    @Inject
    IatiRepository exported;

    /** The activities the caller may see, oldest commitment first (possibly none). */
    public List<IatiActivity> activities(Caller caller) {
        List<Commitment> commitments;
        if (caller.isSecretariat()) {
            commitments = exported.findAll();
        } else {
            String state = caller.is(Role.RECIPIENT) ? caller.stateCode() : NOBODY;
            String donor = caller.is(Role.DONOR) ? caller.donorCode() : NOBODY;
            commitments = exported.findPublishedOrConcerning(state, donor);
        }
        return commitments.stream()
                .map(c -> toActivity(c, seesInFull(caller, c)))
                .toList();
    }

    /** Writes the caller's activities; false (nothing written) when there are none. */
    public boolean write(Caller caller, OutputStream out) {
        List<IatiActivity> activities = activities(caller);
        if (activities.isEmpty()) {
            return false;
        }
        IatiXmlWriter.write(activities, LocalDateTime.now(Clock.systemUTC()), out);
        return true;
    }

    private static boolean seesInFull(Caller caller, Commitment c) {
        return caller.isSecretariat()
                || caller.isRecipientOf(c.getRequest().getRecipientState().getCode())
                || caller.isDonor(c.getOffer().donorCode());
    }

    static IatiActivity toActivity(Commitment c, boolean full) {
        AssistanceRequest request = c.getRequest();
        AssistanceOffer offer = c.getOffer();
        State recipient = request.getRecipientState();
        IatiActivity.Organisation donor = donorOf(offer);
        IatiActivity.Organisation government =
                new IatiActivity.Organisation(null, IatiCodes.TYPE_GOVERNMENT, "Government of " + recipient.getName());
        String description = full ? request.getDescription() : publicSummary(request, donor.name());
        LocalDateTime updated = latest(c.getUpdatedAt(), request.getUpdatedAt());
        return new IatiActivity(
                donor.ref() + "-" + c.getId(),
                donor,
                government,
                request.getTitle(),
                description,
                IatiCodes.activityStatus(c.getStatus()),
                request.getStartMonth().atDay(1),
                request.getEndMonth().atEndOfMonth(),
                recipient.getAlpha2(),
                recipient.getName(),
                IatiCodes.sectors(request.getArea()),
                c.getAmountUsd(),
                c.getCreatedAt().toLocalDate(),
                c.getDisbursedUsd(),
                disbursedOn(c),
                updated);
    }

    /** The day of the last progress report (the day of the commitment when none came later), at most today. */
    static LocalDate disbursedOn(Commitment c) {
        LocalDate reported = c.getUpdatedAt().toLocalDate();
        LocalDate committed = c.getCreatedAt().toLocalDate();
        return reported.isBefore(committed) ? committed : reported;
    }

    /** A description made only of fields a public summary may show. */
    static String publicSummary(AssistanceRequest request, String donorName) {
        return request.getArea().description() + " (" + request.getType().name().toLowerCase() + ") in "
                + request.getRecipientState().getName() + ", supported by " + donorName
                + " through the PoA assistance clearinghouse.";
    }

    private static IatiActivity.Organisation donorOf(AssistanceOffer offer) {
        if (offer.getDonorState() != null) {
            State state = offer.getDonorState();
            return new IatiActivity.Organisation(
                    IatiCodes.organisationIdentifier(state.iatiOrganisationId(), state.getCode()),
                    IatiCodes.TYPE_GOVERNMENT,
                    state.getName());
        }
        Organisation organisation = offer.getDonorOrganisation();
        return new IatiActivity.Organisation(
                IatiCodes.organisationIdentifier(organisation.iatiOrganisationId(), organisation.getCode()),
                IatiCodes.organisationType(organisation.getKind()),
                organisation.getName());
    }

    private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
