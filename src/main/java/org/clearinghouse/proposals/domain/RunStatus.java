package org.clearinghouse.proposals.domain;

/** Where a matching run stands. STOPPED runs were stopped early and keep their best proposal. */
public enum RunStatus {
    RUNNING,
    COMPLETED,
    STOPPED,
    FAILED
}
