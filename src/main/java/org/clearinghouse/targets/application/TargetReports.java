package org.clearinghouse.targets.application;

import org.clearinghouse.accounts.application.Caller;

/**
 * A target with what serves it. Reading the requests and commitments that serve a target is the business of the
 * features above this one (reporting provides the implementation), so the registry depends on none of them.
 */
public interface TargetReports {

    /** The target and the requests the caller may see that serve it, with their commitments and totals. */
    TargetReport report(Caller caller, long id);
}
