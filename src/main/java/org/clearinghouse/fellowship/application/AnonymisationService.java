package org.clearinghouse.fellowship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.clearinghouse.accounts.application.Caller;
import org.clearinghouse.accounts.domain.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Clears the personal data of nominations {@code FELLOWSHIP_ANONYMISE_AFTER_MONTHS} months (default 24) after their
 * call's nominations ended; run daily by {@link AnonymisationJob}, or by an administrator as of a given day.
 */
@ApplicationScoped
@Transactional
public class AnonymisationService {

    @Inject
    NominationService nominations;

    @Inject
    FellowshipCallService calls;

    @Inject
    @ConfigProperty(name = "FELLOWSHIP_ANONYMISE_AFTER_MONTHS", defaultValue = "24")
    int months;

    /** The job's run as of today; returns the calls whose nominations were anonymised. */
    public List<Long> runNow() {
        return nominations.anonymiseDue(calls.today(), months);
    }

    /** An administrator's run as of {@code day}. */
    public List<Long> runAsOf(Caller caller, LocalDate day) {
        caller.requireAnyRole(Role.ADMIN);
        return nominations.anonymiseDue(day, months);
    }

    public int months() {
        return months;
    }
}
