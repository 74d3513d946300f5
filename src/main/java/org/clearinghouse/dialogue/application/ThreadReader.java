package org.clearinghouse.dialogue.application;

import org.clearinghouse.shared.domain.Party;

/**
 * In what capacity the caller reads a thread: the secretariat, the requesting (or recipient) State, or a donor with
 * its code. {@code donorFilter} is the donor's code where only its own exchange and the messages to all donors are
 * shown (a donor on a request), else null.
 */
record ThreadReader(Party party, String code, String donorFilter) {}
