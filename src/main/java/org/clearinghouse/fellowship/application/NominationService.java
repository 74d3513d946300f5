package org.clearinghouse.fellowship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.clearinghouse.cohort.domain.Gender;
import org.clearinghouse.directory.domain.CommitmentArea;
import org.clearinghouse.fellowship.domain.Candidate;
import org.clearinghouse.fellowship.domain.FellowshipCall;
import org.clearinghouse.fellowship.domain.FellowshipCallRepository;
import org.clearinghouse.fellowship.domain.FellowshipNomination;
import org.clearinghouse.fellowship.domain.NominationRepository;
import org.clearinghouse.shared.errors.FieldErrors;
import org.clearinghouse.shared.errors.NotFoundException;

/**
 * Nominations: a recipient State's focal point nominates while the call accepts nominations, within the call's cap
 * per State. The personal data is shown to the nominating State and the secretariat only; everyone else sees no
 * nomination (an unknown one and another State's answer the same: 404).
 */
@ApplicationScoped
@Transactional
public class NominationService {

    @Inject
    NominationRepository nominations;

    @Inject
    FellowshipCallService calls;

    @Inject
    FellowshipCallRepository callRepository;

    public NominationView nominate(Caller caller, long callId, NominationInput in) {
        caller.requireAnyRole(Role.RECIPIENT);
        FellowshipCall call = calls.find(callId);
        Candidate candidate = check(in);
        call.checkAcceptsNominations(calls.today());
        call.checkStateCap(caller.stateCode(), nominations.countOf(callId, caller.stateCode()));
        FellowshipNomination nomination = new FellowshipNomination(callId, caller.stateCode(), candidate);
        nomination.setActingUser(caller.username());
        nominations.add(nomination);
        return NominationView.of(nomination);
    }

    /** What the caller may see: the secretariat every nomination, a recipient its State's, anyone else none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NominationView> list(Caller caller, long callId) {
        caller.requireSignedIn();
        calls.find(callId);
        if (caller.isSecretariat()) {
            return nominations.ofCall(callId, null).stream()
                    .map(NominationView::of)
                    .toList();
        }
        if (caller.is(Role.RECIPIENT)) {
            return nominations.ofCall(callId, caller.stateCode()).stream()
                    .map(NominationView::of)
                    .toList();
        }
        return List.of();
    }

    /** One nomination, for the secretariat and the nominating State; 404 for anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NominationView get(Caller caller, long callId, long id) {
        caller.requireSignedIn();
        FellowshipNomination n = nominations
                .findById(id)
                .filter(found -> found.getCallId() == callId)
                .filter(found ->
                        caller.isSecretariat() || (caller.is(Role.RECIPIENT) && found.nominatedBy(caller.stateCode())))
                .orElseThrow(() -> new NotFoundException("Nomination", id));
        return NominationView.of(n);
    }

    /**
     * Anonymises the personal data of every call whose nominations ended at least {@code months} before
     * {@code today}; returns the ids of the calls touched.
     */
    public List<Long> anonymiseDue(LocalDate today, int months) {
        List<Long> touched = new ArrayList<>();
        for (FellowshipCall call : callRepository.nominationsEndedBy(today.minusMonths(months))) {
            LocalDate due = call.anonymisationDueOn(today, months);
            if (due == null || due.isAfter(today)) {
                continue;
            }
            List<FellowshipNomination> pending = nominations.notAnonymised(call.getId());
            pending.forEach(n -> n.anonymise(today));
            if (!pending.isEmpty()) {
                touched.add(call.getId());
            }
        }
        return touched;
    }

    private static Candidate check(NominationInput in) {
        FieldErrors errors = new FieldErrors();
        String given = CallInputCheck.text(errors, "givenName", in.givenName(), 200, true);
        String family = CallInputCheck.text(errors, "familyName", in.familyName(), 200, true);
        Gender gender = errors.code("gender", in.gender(), Gender.class);
        String position = CallInputCheck.text(errors, "position", in.position(), 300, false);
        String agency = CallInputCheck.text(errors, "agency", in.agency(), 300, false);
        String motivation = CallInputCheck.text(errors, "motivation", in.motivation(), 4000, false);
        Integer years = errors.required("yearsExperience", in.yearsExperience());
        if (years != null && (years < 0 || years > 70)) {
            errors.add("yearsExperience", "must be between 0 and 70.");
        }
        Integer rank = errors.required("rank", in.rank());
        if (rank != null && rank < 1) {
            errors.add("rank", "must be 1 (the State's first choice) or more.");
        }
        if (!Boolean.TRUE.equals(in.consentConfirmed())) {
            errors.add(
                    "consentConfirmed",
                    "must be true: confirm that the candidate consented to the processing of these data.");
        }
        String email = CallInputCheck.text(errors, "email", in.email(), 254, false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add("email", "must be an e-mail address such as name@example.org.");
        }
        List<String> languages = CallInputCheck.languages(errors, in.languages());
        List<String> topics = new ArrayList<>();
        errors.codes("topics", in.topics(), CommitmentArea.class, false).forEach(t -> topics.add(t.name()));
        errors.throwIfAny();
        return new Candidate(
                given, family, gender, position, agency, years, languages, topics, motivation, rank, true, email);
    }
}
