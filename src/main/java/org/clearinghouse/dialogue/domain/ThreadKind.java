package org.clearinghouse.dialogue.domain;

/** What a thread is about: a request (donors and the requesting State) or a proposal (its three parties). */
public enum ThreadKind {
    REQUEST,
    PROPOSAL
}
