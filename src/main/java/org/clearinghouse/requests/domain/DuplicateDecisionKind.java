package org.clearinghouse.requests.domain;

/** What the secretariat decided about a pair of likely duplicate requests. */
public enum DuplicateDecisionKind {
    /** Two different needs: the pair is never flagged again. */
    DISTINCT,
    /** The same need: the duplicate was withdrawn in favour of the kept request. */
    MERGE
}
